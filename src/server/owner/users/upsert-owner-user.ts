import { eq, sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { ownerSessions, ownerUsers, type OwnerUser } from '@/server/owner/db/schema';
import type { OwnerRole } from '@/lib/domain/owner/owner-roles';
import { hashPassword } from '@/server/shared/passwords';

export type UpsertOwnerUserOptions = { email: string; password: string; name?: string; role?: OwnerRole };

/** Creates an owner account, or resets the password (and role) of an existing one, revoking its sessions. */
export async function upsertOwnerUser(
  db: OwnerDb,
  options: UpsertOwnerUserOptions,
): Promise<{ user: OwnerUser; created: boolean }> {
  const email = options.email.trim().toLowerCase();
  const passwordHash = await hashPassword(options.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(ownerUsers).where(eq(ownerUsers.email, email)).for('update');
    if (existing) {
      const [user] = await tx
        .update(ownerUsers)
        .set({
          passwordHash,
          role: options.role ?? existing.role,
          name: options.name ?? existing.name,
          isActive: true,
          passwordChangedAt: new Date(),
          updatedAt: new Date(),
        })
        .where(eq(ownerUsers.id, existing.id))
        .returning();
      await tx.delete(ownerSessions).where(eq(ownerSessions.ownerUserId, existing.id));
      return { user: user!, created: false };
    }
    const [user] = await tx
      .insert(ownerUsers)
      .values({
        email,
        name: options.name ?? email.split('@')[0]!,
        role: options.role ?? 'OWNER',
        passwordHash,
      })
      .returning();
    return { user: user!, created: true };
  });
}

export async function countOwnerUsers(db: OwnerDb): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(ownerUsers);
  return row?.n ?? 0;
}
