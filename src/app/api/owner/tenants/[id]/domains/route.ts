import { withOwner } from '@/server/owner/auth/with-owner';
import { addTenantDomain } from '@/server/owner/domains/add-domain';
import { addDomainBody } from '@/server/owner/domains/domain.schema';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { readJson, readParams } from '@/server/shared/http/request';
import { created } from '@/server/shared/http/respond';

// POST /api/owner/tenants/:id/domains — OWNER: add a custom domain (409 when another tenant has it)
export const POST = withOwner<{ id: string }>(async ({ req, db, params, user, meta }) => {
  const { id } = readParams(params, tenantIdParams);
  const input = await readJson(req, addDomainBody);
  return created(await addTenantDomain(db, { tenantId: id, input, context: { actor: user, meta } }));
});
