import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import {
  itemIdParams,
  movementsQuery,
  stockMovementSchema,
} from '@/server/tenant/inventory/inventory.schema';
import { listStockMovements } from '@/server/tenant/inventory/list-stock-movements';

// GET /api/inventory/:id/movements — inventory:read (every role): the item's stock ledger, newest first
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/inventory/{id}/movements',
    summary: "The item's stock ledger, newest first",
    tags: ['Inventory'],
    permission: 'inventory:read',
    params: itemIdParams,
    query: movementsQuery,
    response: stockMovementSchema,
    list: true,
    errors: ['NOT_FOUND'],
  },
  async ({ db, user, params, query }) => listStockMovements(db, { itemId: params.id, query, user }),
);
