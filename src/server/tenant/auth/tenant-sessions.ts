import { and, eq, gt, lte, ne, or, sql } from 'drizzle-orm';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { practices, sessions, userPractices, users } from '@/server/tenant/db/schema';
import type { TenantRole } from '@/lib/domain/tenant/permissions';
import { generateSessionToken, hashToken } from '@/server/shared/tokens';
import type { TenantExecutor } from '../db/tenant-db';

/** Clinic sessions live in the tenant's own database, so a token of tenant A means nothing on tenant B. */
export const TENANT_SESSION_COOKIE = 'smartdmv_session';
const TENANT_IDLE_SECONDS = 12 * 60 * 60;
export const TENANT_ABSOLUTE_SECONDS = 7 * 24 * 60 * 60;
const TOUCH_AFTER_MS = 60_000;

export type TenantSessionUser = {
  id: string;
  email: string;
  name: string;
  role: TenantRole;
  /** Practices this user may see. Admins see every practice of the tenant. */
  practiceIds: string[];
};

export async function createTenantSession(
  db: TenantExecutor,
  userId: string,
  meta: { ipAddress: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateSessionToken();
  const now = Date.now();
  const absolute = new Date(now + TENANT_ABSOLUTE_SECONDS * 1000);
  await db.insert(sessions).values({
    id: hashToken(token),
    userId,
    idleExpiresAt: new Date(now + TENANT_IDLE_SECONDS * 1000),
    absoluteExpiresAt: absolute,
    ipAddress: meta.ipAddress,
    userAgent: meta.userAgent,
  });
  return { token, expiresAt: absolute };
}

export async function practiceIdsOf(
  db: TenantExecutor,
  user: { id: string; role: TenantRole },
): Promise<string[]> {
  if (user.role === 'ADMIN') {
    return (await db.select({ id: practices.id }).from(practices)).map((p) => p.id);
  }
  return (
    await db
      .select({ id: userPractices.practiceId })
      .from(userPractices)
      .where(eq(userPractices.userId, user.id))
  ).map((p) => p.id);
}

export type ValidatedTenantSession = {
  sessionId: string;
  user: TenantSessionUser;
  /** Set after an admin issued a temporary password: the API refuses everything but changing it (with-tenant.ts). */
  mustChangePassword: boolean;
};

/**
 * The session behind a token, with its user and the practices they may see, in one statement: it runs on every
 * request, so one round trip instead of two (the practice list is the same rule as practiceIdsOf).
 */
export async function validateTenantSession(
  db: TenantDb,
  token: string,
): Promise<ValidatedTenantSession | null> {
  const id = hashToken(token);
  const now = new Date();
  const [row] = await db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      absoluteExpiresAt: sessions.absoluteExpiresAt,
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        isActive: users.isActive,
      },
      mustChangePassword: users.mustChangePassword,
      practiceIds: sql<string[]>`case when ${users.role} = 'ADMIN'
        then array(select ${practices.id}::text from ${practices})
        else array(select ${userPractices.practiceId}::text from ${userPractices} where ${userPractices.userId} = ${users.id})
        end`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.idleExpiresAt, now), gt(sessions.absoluteExpiresAt, now)));
  if (!row || !row.user.isActive) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    const idle = new Date(
      Math.min(now.getTime() + TENANT_IDLE_SECONDS * 1000, row.absoluteExpiresAt.getTime()),
    );
    await db.update(sessions).set({ lastSeenAt: now, idleExpiresAt: idle }).where(eq(sessions.id, id));
  }
  const { isActive: _active, ...user } = row.user;
  return {
    sessionId: id,
    user: { ...user, practiceIds: row.practiceIds },
    mustChangePassword: row.mustChangePassword,
  };
}

export async function deleteTenantSession(db: TenantDb, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

export async function deleteTenantSessionsOfUser(db: TenantExecutor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Signs the user out everywhere but the given session (after a password change); returns how many ended. */
export async function deleteOtherTenantSessions(
  db: TenantExecutor,
  userId: string,
  keepSessionId: string,
): Promise<number> {
  const removed = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)))
    .returning({ id: sessions.id });
  return removed.length;
}

/** Expired rows are useless; removed opportunistically at sign-in so the table does not grow without bound. */
export async function deleteExpiredTenantSessions(db: TenantExecutor, userId: string): Promise<void> {
  const now = new Date();
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        or(lte(sessions.idleExpiresAt, now), lte(sessions.absoluteExpiresAt, now)),
      ),
    );
}
