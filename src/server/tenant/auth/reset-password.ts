import { and, eq, isNull } from 'drizzle-orm';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { passwordResetTokens, sessions, users } from '@/server/tenant/db/schema';
import { now } from '@/server/shared/clock';
import { hashPassword } from '@/server/shared/passwords';
import type { ResetPasswordBody } from '@/server/shared/password-reset.schema';
import { assertUsableToken } from '@/server/shared/reset-token';
import { hashToken } from '@/server/shared/tokens';

/**
 * Sets a new password from a reset or invitation link of this clinic: unused and unexpired (checked under a row
 * lock, so two concurrent uses cannot both succeed). Every session of the user ends, every other open link dies,
 * and a pending admin-set temporary password is replaced.
 */
export async function resetPassword(
  db: TenantDb,
  options: { input: ResetPasswordBody },
): Promise<{ reset: true; revokedSessions: number }> {
  const at = now();
  const passwordHash = await hashPassword(options.input.password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.id, hashToken(options.input.token)))
      .for('update');
    assertUsableToken(row, at);
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: at, updatedAt: at })
      .where(eq(users.id, row!.userId));
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: at })
      .where(and(eq(passwordResetTokens.userId, row!.userId), isNull(passwordResetTokens.usedAt)));
    const revoked = await tx
      .delete(sessions)
      .where(eq(sessions.userId, row!.userId))
      .returning({ id: sessions.id });
    return { reset: true as const, revokedSessions: revoked.length };
  });
}
