import { requestHost } from '@/server/tenancy/routing/hosts';
import { resolveTenantByHost } from '@/server/tenancy/routing/resolve-tenant';
import { getPlatformSettings } from '@/server/tenancy/owner-gateway/platform-settings';
import { unavailablePage } from '@/server/tenant/pages/unavailable-page';
import { billingContactMessage } from '@/server/tenancy/owner-gateway/billing-contact';

export const dynamic = 'force-dynamic';

// GET /suspended — public, any host: explains why this clinic cannot be served (403 suspended, 503 not ready or
// in maintenance)
export async function GET(req: Request): Promise<Response> {
  const tenant = await resolveTenantByHost(requestHost(req.headers));
  if (!tenant || tenant.status === 'DELETED') return unavailablePage('unknown', null);
  const { supportEmail } = await getPlatformSettings();
  if (tenant.status === 'SUSPENDED')
    return tenant.suspensionReason === 'NON_PAYMENT'
      ? unavailablePage('suspended-billing', tenant, {
          message: await billingContactMessage(),
          supportEmail,
        })
      : unavailablePage('suspended', tenant, { supportEmail });
  if (tenant.status !== 'ACTIVE') return unavailablePage('unavailable', tenant, { supportEmail });
  if (tenant.maintenance)
    return unavailablePage('maintenance', tenant, { message: tenant.maintenance.message, supportEmail });
  // Reinstated since the redirect: back into the app.
  // A relative Location keeps the browser on the host it asked for.
  return new Response(null, { status: 303, headers: { location: '/' } });
}
