import { and, eq, ne } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { ownerSessions, ownerUsers } from '@/server/owner/db/schema';
import { auditAction, recordAudit, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { AppError, unauthorized } from '@/server/shared/errors';
import { hashPassword, verifyPassword } from '@/server/shared/passwords';
import {
  assertNotThrottled,
  clearFailures,
  loginThrottleRules,
  recordFailure,
} from '@/server/shared/throttle';
import type { ChangePasswordBody } from './change-password.schema';

/**
 * Changes the signed-in owner user's own password. The current password is required (a stolen session alone must
 * not be able to take the account over) and wrong guesses count towards the sign-in throttle. Every other session
 * of the account is revoked; the one making the change stays signed in.
 */
export async function changeOwnerPassword(
  db: OwnerDb,
  options: { userId: string; sessionId: string; input: ChangePasswordBody; context: OwnerActionContext },
): Promise<{ revokedSessions: number }> {
  const [user] = await db.select().from(ownerUsers).where(eq(ownerUsers.id, options.userId));
  if (!user || !user.isActive) throw unauthorized();
  const rules = loginThrottleRules(user.email, options.context.meta.ipAddress ?? 'unknown');
  await assertNotThrottled(db, 'owner_login_throttle', rules);
  if (!(await verifyPassword(options.input.currentPassword, user.passwordHash))) {
    await recordFailure(db, 'owner_login_throttle', rules);
    await recordAudit(db, {
      actor: user,
      action: 'owner.password_change_failed',
      targetType: 'owner_user',
      targetId: user.id,
      ipAddress: options.context.meta.ipAddress,
      userAgent: options.context.meta.userAgent,
    });
    throw new AppError(400, 'INVALID_CURRENT_PASSWORD', 'The current password is incorrect.', {
      fields: { currentPassword: ['The current password is incorrect.'] },
    });
  }
  const passwordHash = await hashPassword(options.input.newPassword);
  const revoked = await db.transaction(async (tx) => {
    await tx
      .update(ownerUsers)
      .set({ passwordHash, passwordChangedAt: new Date(), updatedAt: new Date() })
      .where(eq(ownerUsers.id, user.id));
    const removed = await tx
      .delete(ownerSessions)
      .where(and(eq(ownerSessions.ownerUserId, user.id), ne(ownerSessions.id, options.sessionId)))
      .returning({ id: ownerSessions.id });
    await auditAction(tx, options.context, {
      action: 'owner.password_change',
      targetType: 'owner_user',
      targetId: user.id,
      details: { revokedSessions: removed.length },
    });
    return removed.length;
  });
  await clearFailures(db, 'owner_login_throttle', rules);
  return { revokedSessions: revoked };
}
