import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { ownerPasswordResets, ownerUsers } from '@/server/owner/db/schema';
import { recordAudit } from '@/server/owner/audit/record-audit';
import { queueMail } from '@/server/owner/mail/queue-mail';
import { now } from '@/server/shared/clock';
import { FORGOT_PASSWORD_MESSAGE, type ForgotPasswordBody } from '@/server/shared/password-reset.schema';
import { countResetRequest } from '@/server/shared/reset-throttle';
import { newResetToken, RESET_TOKEN_MINUTES } from '@/server/shared/reset-token';

/**
 * "Forgot password?" for operators: mails a one-time link to /owner/reset-password on the owner host. The answer
 * is the same whether or not the address has an account; requests are throttled like sign-in.
 */
export async function requestOwnerPasswordReset(
  db: OwnerDb,
  options: {
    input: ForgotPasswordBody;
    origin: string;
    meta: { ipAddress: string; userAgent: string | null };
  },
): Promise<{ sent: true; message: string }> {
  await countResetRequest(db, 'owner_login_throttle', options.input.email, options.meta.ipAddress);
  const [user] = await db.select().from(ownerUsers).where(eq(ownerUsers.email, options.input.email));
  if (user?.isActive) {
    const { token, id } = newResetToken();
    await db.insert(ownerPasswordResets).values({
      id,
      ownerUserId: user.id,
      expiresAt: new Date(now().getTime() + RESET_TOKEN_MINUTES * 60_000),
    });
    await queueMail(db, {
      to: user.email,
      template: 'password-reset',
      data: {
        name: user.name,
        place: 'SmartDMV owner console',
        url: `${options.origin}/owner/reset-password?token=${encodeURIComponent(token)}`,
      },
    });
    await recordAudit(db, {
      actor: user,
      action: 'owner.password_reset_requested',
      targetType: 'owner_user',
      targetId: user.id,
      ipAddress: options.meta.ipAddress,
      userAgent: options.meta.userAgent,
    });
  }
  return { sent: true, message: FORGOT_PASSWORD_MESSAGE };
}
