// POST /api/inventory/:id/receive — inventory:write (ADMIN, VETERINARIAN, TECHNICIAN): book a delivery into stock
import { readJson, readParams } from '@/server/shared/http/request';
import { created } from '@/server/shared/http/respond';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { itemIdParams, receiveStockBody } from '@/server/tenant/inventory/inventory.schema';
import { receiveStock } from '@/server/tenant/inventory/receive-stock';

export const POST = withTenant<{ id: string }>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, itemIdParams);
    return created(await receiveStock(db, { id, input: await readJson(req, receiveStockBody), user }));
  },
  { permission: 'inventory:write' },
);
