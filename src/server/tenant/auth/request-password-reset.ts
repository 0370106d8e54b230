import { eq } from 'drizzle-orm';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { sendClinicMail } from '@/server/tenancy/owner-gateway/clinic-mail';
import type { ResolvedTenant } from '@/server/tenancy/routing/resolve-tenant';
import { passwordResetTokens, users } from '@/server/tenant/db/schema';
import { now } from '@/server/shared/clock';
import { FORGOT_PASSWORD_MESSAGE, type ForgotPasswordBody } from '@/server/shared/password-reset.schema';
import { countResetRequest } from '@/server/shared/reset-throttle';
import { newResetToken, RESET_TOKEN_MINUTES } from '@/server/shared/reset-token';

/**
 * "Forgot password?" for clinic staff: the token is stored (hashed) in this clinic's own database, so the link
 * works on this clinic only. The answer is the same whether or not the address has an account; requests are
 * throttled like sign-in.
 */
export async function requestPasswordReset(
  db: TenantDb,
  options: {
    tenant: Pick<ResolvedTenant, 'id' | 'name' | 'branding'>;
    input: ForgotPasswordBody;
    origin: string;
    meta: { ipAddress: string };
  },
): Promise<{ sent: true; message: string }> {
  await countResetRequest(db, 'login_throttle', options.input.email, options.meta.ipAddress);
  const [user] = await db.select().from(users).where(eq(users.email, options.input.email));
  if (user?.isActive) {
    const { token, id } = newResetToken();
    await db.insert(passwordResetTokens).values({
      id,
      userId: user.id,
      purpose: 'reset',
      expiresAt: new Date(now().getTime() + RESET_TOKEN_MINUTES * 60_000),
    });
    await sendClinicMail(options.tenant, {
      to: user.email,
      template: 'password-reset',
      data: {
        name: user.name,
        place: options.tenant.branding.displayName ?? options.tenant.name,
        url: `${options.origin}/reset-password?token=${encodeURIComponent(token)}`,
      },
    });
  }
  return { sent: true, message: FORGOT_PASSWORD_MESSAGE };
}
