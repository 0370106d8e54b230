import { and, eq, gt } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { ownerSessions, ownerUsers, type OwnerUser } from '@/server/owner/db/schema';
import { generateSessionToken, hashToken } from '@/server/shared/tokens';

/** Operator sessions: shorter than clinic sessions because the console can delete tenants. */
export const OWNER_SESSION_COOKIE = 'smartdmv_owner_session';
const OWNER_IDLE_SECONDS = 2 * 60 * 60;
export const OWNER_ABSOLUTE_SECONDS = 24 * 60 * 60;
/** Sliding expiry writes at most once a minute per session. */
const TOUCH_AFTER_MS = 60_000;

export type OwnerSessionUser = Pick<OwnerUser, 'id' | 'email' | 'name' | 'role'>;

export async function createOwnerSession(
  db: OwnerDb,
  userId: string,
  meta: { ipAddress: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateSessionToken();
  const now = Date.now();
  const absolute = new Date(now + OWNER_ABSOLUTE_SECONDS * 1000);
  await db.insert(ownerSessions).values({
    id: hashToken(token),
    ownerUserId: userId,
    idleExpiresAt: new Date(now + OWNER_IDLE_SECONDS * 1000),
    absoluteExpiresAt: absolute,
    ipAddress: meta.ipAddress,
    userAgent: meta.userAgent,
  });
  return { token, expiresAt: absolute };
}

/** Looks a token up by its hash (an indexed equality on a SHA-256, so no timing oracle on the token itself). */
export async function validateOwnerSession(
  db: OwnerDb,
  token: string,
): Promise<{ sessionId: string; user: OwnerSessionUser } | null> {
  const id = hashToken(token);
  const now = new Date();
  const [row] = await db
    .select({
      session: ownerSessions,
      user: {
        id: ownerUsers.id,
        email: ownerUsers.email,
        name: ownerUsers.name,
        role: ownerUsers.role,
        isActive: ownerUsers.isActive,
      },
    })
    .from(ownerSessions)
    .innerJoin(ownerUsers, eq(ownerUsers.id, ownerSessions.ownerUserId))
    .where(
      and(
        eq(ownerSessions.id, id),
        gt(ownerSessions.idleExpiresAt, now),
        gt(ownerSessions.absoluteExpiresAt, now),
      ),
    );
  if (!row || !row.user.isActive) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    const idle = new Date(
      Math.min(now.getTime() + OWNER_IDLE_SECONDS * 1000, row.session.absoluteExpiresAt.getTime()),
    );
    await db
      .update(ownerSessions)
      .set({ lastSeenAt: now, idleExpiresAt: idle })
      .where(eq(ownerSessions.id, id));
  }
  const { isActive: _active, ...user } = row.user;
  return { sessionId: id, user };
}

export async function deleteOwnerSession(db: OwnerDb, token: string): Promise<void> {
  await db.delete(ownerSessions).where(eq(ownerSessions.id, hashToken(token)));
}
