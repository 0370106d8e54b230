import { withOwner } from '@/server/owner/auth/with-owner';
import { domainParams, updateDomainBody } from '@/server/owner/domains/domain.schema';
import { removeTenantDomain } from '@/server/owner/domains/remove-domain';
import { setPrimaryDomain } from '@/server/owner/domains/set-primary-domain';
import { readJson, readParams } from '@/server/shared/http/request';

// PATCH /api/owner/tenants/:id/domains/:domain — OWNER: make this domain the tenant's primary
export const PATCH = withOwner<{ id: string; domain: string }>(async ({ req, db, params, user, meta }) => {
  const { id, domain } = readParams(params, domainParams);
  await readJson(req, updateDomainBody);
  return setPrimaryDomain(db, { tenantId: id, domain, context: { actor: user, meta } });
});

// DELETE /api/owner/tenants/:id/domains/:domain — OWNER: remove a custom domain from the tenant
export const DELETE = withOwner<{ id: string; domain: string }>(async ({ db, params, user, meta }) => {
  const { id, domain } = readParams(params, domainParams);
  return removeTenantDomain(db, { tenantId: id, domain, context: { actor: user, meta } });
});
