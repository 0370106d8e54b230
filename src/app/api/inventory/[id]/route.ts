import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { getInventoryItem } from '@/server/tenant/inventory/get-inventory-item';
import {
  inventoryItemSchema,
  itemIdParams,
  updateInventoryItemBody,
} from '@/server/tenant/inventory/inventory.schema';
import { updateInventoryItem } from '@/server/tenant/inventory/update-inventory-item';

const tags = ['Inventory'];

// GET /api/inventory/:id (inventory:read: every role)
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/inventory/{id}',
    summary: 'Get a stock item',
    tags,
    permission: 'inventory:read',
    params: itemIdParams,
    response: inventoryItemSchema,
  },
  async ({ db, user, params }) => getInventoryItem(db, { id: params.id, user }),
);

// PATCH /api/inventory/:id (inventory:write: ADMIN, VETERINARIAN, TECHNICIAN): descriptive fields and prices only;
// quantities change through receive/adjust/dispense
export const PATCH = tenantRoute(
  {
    method: 'patch',
    path: '/api/inventory/{id}',
    summary: 'Change descriptive fields and prices (never the quantity)',
    tags,
    permission: 'inventory:write',
    params: itemIdParams,
    body: updateInventoryItemBody,
    response: inventoryItemSchema,
    errors: ['NOT_FOUND', 'SKU_TAKEN'],
  },
  async ({ db, user, params, body }) => updateInventoryItem(db, { id: params.id, input: body, user }),
);
