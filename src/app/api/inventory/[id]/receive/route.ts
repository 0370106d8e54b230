import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import {
  itemIdParams,
  receiveStockBody,
  stockMovementResultSchema,
} from '@/server/tenant/inventory/inventory.schema';
import { receiveStock } from '@/server/tenant/inventory/receive-stock';

// POST /api/inventory/:id/receive — inventory:write (ADMIN, VETERINARIAN, TECHNICIAN): book a delivery into stock
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/inventory/{id}/receive',
    summary: 'Receive stock (a RECEIVE ledger row)',
    tags: ['Inventory'],
    permission: 'inventory:write',
    params: itemIdParams,
    body: receiveStockBody,
    response: stockMovementResultSchema,
    status: 201,
    errors: ['NOT_FOUND'],
  },
  async ({ db, user, params, body }) => receiveStock(db, { id: params.id, input: body, user }),
);
