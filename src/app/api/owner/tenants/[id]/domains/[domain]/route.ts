import { withOwner } from '@/server/owner/auth/with-owner';
import { domainParams } from '@/server/owner/domains/domain.schema';
import { removeTenantDomain } from '@/server/owner/domains/remove-domain';
import { readParams } from '@/server/shared/http/request';

// DELETE /api/owner/tenants/:id/domains/:domain — OWNER: remove a custom domain from the tenant
export const DELETE = withOwner<{ id: string; domain: string }>(async ({ db, params, user, meta }) => {
  const { id, domain } = readParams(params, domainParams);
  return removeTenantDomain(db, { tenantId: id, domain, context: { actor: user, meta } });
});
