import { eq } from 'drizzle-orm';
import { AppError } from '@/server/shared/errors';
import { hashPassword, verifyPassword } from '@/server/shared/passwords';
import {
  assertNotThrottled,
  clearFailures,
  loginThrottleRules,
  recordFailure,
} from '@/server/shared/throttle';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { users } from '@/server/tenant/db/schema';
import type { ChangePasswordInput } from './change-password.schema';
import { deleteOtherTenantSessions, type TenantSessionUser } from './tenant-sessions';

export type ChangePasswordOptions = {
  user: Pick<TenantSessionUser, 'id' | 'email'>;
  /** The session making the change stays signed in; every other one is revoked. */
  sessionId: string;
  input: ChangePasswordInput;
  ipAddress: string;
};

/**
 * Changes the caller's own password. The current password is required, so a borrowed unlocked screen cannot take
 * over the account, and wrong guesses count against the same throttle as sign-in (a stolen session cannot be used
 * to brute-force the password either).
 */
export async function changePassword(db: TenantDb, options: ChangePasswordOptions) {
  const { user, input } = options;
  const rules = loginThrottleRules(user.email, options.ipAddress);
  await assertNotThrottled(db, 'login_throttle', rules);
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, user.id));
  if (!row) throw new AppError(401, 'UNAUTHORIZED', 'Sign in to continue.');
  if (!(await verifyPassword(input.currentPassword, row.passwordHash))) {
    await recordFailure(db, 'login_throttle', rules);
    throw new AppError(400, 'INVALID_CURRENT_PASSWORD', 'The current password is incorrect.', {
      fields: { currentPassword: ['The current password is incorrect.'] },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const otherSessionsRevoked = await db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, user.id));
    return deleteOtherTenantSessions(tx, user.id, options.sessionId);
  });
  await clearFailures(db, 'login_throttle', rules);
  return { passwordChanged: true as const, otherSessionsRevoked };
}
