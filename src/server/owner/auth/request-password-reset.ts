import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { ownerPasswordResets, ownerUsers, type OwnerUser } from '@/server/owner/db/schema';
import { recordAudit } from '@/server/owner/audit/record-audit';
import { queueMail } from '@/server/owner/mail/queue-mail';
import type { ForgotPasswordBody } from '@/server/shared/password-reset.schema';
import { requestPasswordResetFlow } from '@/server/shared/password-reset-flow';

/**
 * "Forgot password?" for operators: mails a one-time link to /owner/reset-password on the owner host, through the
 * owner mail queue, and audits the request. The shared flow keeps the answer the same whether or not the address
 * has an account, and throttles requests like sign-in.
 */
export async function requestOwnerPasswordReset(
  db: OwnerDb,
  options: {
    input: ForgotPasswordBody;
    origin: string;
    meta: { ipAddress: string; userAgent: string | null };
  },
): Promise<{ sent: true; message: string }> {
  return requestPasswordResetFlow<OwnerDb, OwnerUser>(
    db,
    {
      throttleTable: 'owner_login_throttle',
      linkPath: '/owner/reset-password',
      findUser: async (db, email) =>
        (await db.select().from(ownerUsers).where(eq(ownerUsers.email, email)))[0],
      storeToken: (db, token) =>
        db
          .insert(ownerPasswordResets)
          .values({ id: token.id, ownerUserId: token.userId, expiresAt: token.expiresAt }),
      mailLink: (db, user, url) =>
        queueMail(db, {
          to: user.email,
          template: 'password-reset',
          data: { name: user.name, place: 'SmartDMV owner console', url },
        }),
      afterRequest: (db, user) =>
        recordAudit(db, {
          actor: user,
          action: 'owner.password_reset_requested',
          targetType: 'owner_user',
          targetId: user.id,
          ipAddress: options.meta.ipAddress,
          userAgent: options.meta.userAgent,
        }),
    },
    { email: options.input.email, origin: options.origin, ipAddress: options.meta.ipAddress },
  );
}
