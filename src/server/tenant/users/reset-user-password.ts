import { eq } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import { generatePassword, hashPassword } from '@/server/shared/passwords';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { deleteTenantSessionsOfUser } from '@/server/tenant/auth/tenant-sessions';
import { users } from '@/server/tenant/db/schema';

export type ResetUserPasswordOptions = { id: string };

/**
 * Replaces a staff member's password with a temporary one, returned this once and never stored in clear. Their
 * sessions end (whoever held the old password is out), and they must choose a new password at next sign-in.
 */
export async function resetUserPassword(
  db: TenantDb,
  { id }: ResetUserPasswordOptions,
): Promise<{ temporaryPassword: string }> {
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.transaction(async (tx) => {
    const now = new Date();
    const [updated] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, id))
      .returning({ id: users.id });
    if (!updated) throw notFound('User');
    await deleteTenantSessionsOfUser(tx, id);
  });
  return { temporaryPassword };
}
