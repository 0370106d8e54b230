import { and, eq, isNull } from 'drizzle-orm';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { passwordResetTokens, sessions, users } from '@/server/tenant/db/schema';
import type { ResetPasswordBody } from '@/server/shared/password-reset.schema';
import { resetPasswordFlow } from '@/server/shared/password-reset-flow';

/**
 * Sets a new password from a reset or invitation link of this clinic (the shared flow: token locked, unused and
 * unexpired; every session of the user ends and every other open link dies). A pending admin-set temporary
 * password is replaced too.
 */
export async function resetPassword(
  db: TenantDb,
  options: { input: ResetPasswordBody },
): Promise<{ reset: true; revokedSessions: number }> {
  return resetPasswordFlow(
    db,
    {
      lockToken: async (tx, id) => {
        const [row] = await tx
          .select()
          .from(passwordResetTokens)
          .where(eq(passwordResetTokens.id, id))
          .for('update');
        return row;
      },
      setPassword: (tx, userId, passwordHash, at) =>
        tx
          .update(users)
          .set({ passwordHash, mustChangePassword: false, passwordChangedAt: at, updatedAt: at })
          .where(eq(users.id, userId)),
      useOpenTokens: (tx, userId, at) =>
        tx
          .update(passwordResetTokens)
          .set({ usedAt: at })
          .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt))),
      endSessions: async (tx, userId) =>
        (await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id })).length,
    },
    options.input,
  );
}
