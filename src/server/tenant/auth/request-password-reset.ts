import { eq } from 'drizzle-orm';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { sendClinicMail } from '@/server/tenancy/owner-gateway/clinic-mail';
import type { ResolvedTenant } from '@/server/tenancy/routing/resolve-tenant';
import { passwordResetTokens, users, type User } from '@/server/tenant/db/schema';
import type { ForgotPasswordBody } from '@/server/shared/password-reset.schema';
import { requestPasswordResetFlow } from '@/server/shared/password-reset-flow';

/**
 * "Forgot password?" for clinic staff: the token is stored (hashed) in this clinic's own database, so the link
 * works on this clinic only, and the mail goes out under the clinic's name. The shared flow keeps the answer the
 * same whether or not the address has an account, and throttles requests like sign-in.
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
  return requestPasswordResetFlow<TenantDb, User>(
    db,
    {
      throttleTable: 'login_throttle',
      linkPath: '/reset-password',
      findUser: async (db, email) => (await db.select().from(users).where(eq(users.email, email)))[0],
      storeToken: (db, token) =>
        db
          .insert(passwordResetTokens)
          .values({ id: token.id, userId: token.userId, purpose: 'reset', expiresAt: token.expiresAt }),
      mailLink: (_db, user, url) =>
        sendClinicMail(options.tenant, {
          to: user.email,
          template: 'password-reset',
          data: { name: user.name, place: options.tenant.branding.displayName ?? options.tenant.name, url },
        }),
    },
    { email: options.input.email, origin: options.origin, ipAddress: options.meta.ipAddress },
  );
}
