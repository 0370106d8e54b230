// POST /api/inventory/:id/adjust — inventory:write (ADMIN, VETERINARIAN, TECHNICIAN): signed stock correction with a reason
import { readJson, readParams } from '@/server/shared/http/request';
import { created } from '@/server/shared/http/respond';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { adjustStock } from '@/server/tenant/inventory/adjust-stock';
import { adjustStockBody, itemIdParams } from '@/server/tenant/inventory/inventory.schema';

export const POST = withTenant<{ id: string }>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, itemIdParams);
    return created(await adjustStock(db, { id, input: await readJson(req, adjustStockBody), user }));
  },
  { permission: 'inventory:write' },
);
