import { passwordResetTokens } from '@/server/tenant/db/schema';
import { sendClinicMail } from '@/server/tenancy/owner-gateway/clinic-mail';
import type { ResolvedTenant } from '@/server/tenancy/routing/resolve-tenant';
import { now } from '@/server/shared/clock';
import { INVITE_TOKEN_DAYS, newResetToken } from '@/server/shared/reset-token';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';

export type Invitation = {
  tenant: Pick<ResolvedTenant, 'id' | 'name' | 'branding'>;
  /** The clinic host the admin used: the set-password link points back at it. */
  origin: string;
  invitedBy: string;
};

/** Mails a new user a one-time set-password link (the reset flow, purpose invite, valid 7 days). */
export async function sendInvitation(
  db: TenantExecutor,
  options: Invitation & { user: { id: string; email: string; name: string } },
): Promise<void> {
  const { token, id } = newResetToken();
  await db.insert(passwordResetTokens).values({
    id,
    userId: options.user.id,
    purpose: 'invite',
    expiresAt: new Date(now().getTime() + INVITE_TOKEN_DAYS * 24 * 3600_000),
  });
  await sendClinicMail(options.tenant, {
    to: options.user.email,
    template: 'user-invite',
    data: {
      name: options.user.name,
      place: options.tenant.branding.displayName ?? options.tenant.name,
      invitedBy: options.invitedBy,
      url: `${options.origin}/reset-password?token=${encodeURIComponent(token)}`,
    },
  });
}
