import { z } from 'zod';
import { ownerRoute } from '@/server/owner/auth/owner-route';
import { domainParams, updateDomainBody } from '@/server/owner/domains/domain.schema';
import { removeTenantDomain } from '@/server/owner/domains/remove-domain';
import { setPrimaryDomain } from '@/server/owner/domains/set-primary-domain';
import { tenantDomainSchema } from '@/server/owner/tenants/tenant.schema';

const TAG = 'Owner: domains';

// PATCH /api/owner/tenants/:id/domains/:domain — OWNER: make this domain the tenant's primary
export const PATCH = ownerRoute(
  {
    method: 'patch',
    path: '/api/owner/tenants/{id}/domains/{domain}',
    summary: "Make a domain the tenant's primary (the previous primary stays mapped)",
    tags: [TAG],
    params: domainParams,
    // Only { isPrimary: true } is accepted: validated, nothing else to read from it.
    body: updateDomainBody,
    response: tenantDomainSchema,
  },
  async ({ db, params, user, meta }) =>
    setPrimaryDomain(db, { tenantId: params.id, domain: params.domain, context: { actor: user, meta } }),
);

// DELETE /api/owner/tenants/:id/domains/:domain — OWNER: remove a custom domain from the tenant
export const DELETE = ownerRoute(
  {
    method: 'delete',
    path: '/api/owner/tenants/{id}/domains/{domain}',
    summary: 'Remove a custom domain (the oldest remaining one becomes primary)',
    tags: [TAG],
    params: domainParams,
    response: z.object({ domain: z.string(), removed: z.literal(true), newPrimary: z.string().nullable() }),
  },
  async ({ db, params, user, meta }) =>
    removeTenantDomain(db, { tenantId: params.id, domain: params.domain, context: { actor: user, meta } }),
);
