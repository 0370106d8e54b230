import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { adjustStock } from '@/server/tenant/inventory/adjust-stock';
import {
  adjustStockBody,
  itemIdParams,
  stockMovementResultSchema,
} from '@/server/tenant/inventory/inventory.schema';

// POST /api/inventory/:id/adjust — inventory:write (ADMIN, VETERINARIAN, TECHNICIAN): signed stock correction with a reason
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/inventory/{id}/adjust',
    summary: 'Correct stock with a reason (an ADJUST ledger row); below zero → 409 INSUFFICIENT_STOCK',
    tags: ['Inventory'],
    permission: 'inventory:write',
    params: itemIdParams,
    body: adjustStockBody,
    response: stockMovementResultSchema,
    status: 201,
    errors: ['NOT_FOUND', 'INSUFFICIENT_STOCK'],
  },
  async ({ db, user, params, body }) => adjustStock(db, { id: params.id, input: body, user }),
);
