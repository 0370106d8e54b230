import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { createInventoryItem } from '@/server/tenant/inventory/create-inventory-item';
import {
  createInventoryItemBody,
  inventoryItemSchema,
  listInventoryQuery,
} from '@/server/tenant/inventory/inventory.schema';
import { listInventory } from '@/server/tenant/inventory/list-inventory';

const tags = ['Inventory'];

// GET /api/inventory (inventory:read: every role): stock items of the caller's practices; q, category, lowStock, expiringWithinDays, controlled, active; cursor pages
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/inventory',
    summary: 'List stock items',
    tags,
    permission: 'inventory:read',
    query: listInventoryQuery,
    response: inventoryItemSchema,
    list: true,
  },
  async ({ db, user, query }) => listInventory(db, { query, user }),
);

// POST /api/inventory (inventory:write: ADMIN, VETERINARIAN, TECHNICIAN): add a stock item (SKU unique in the clinic → 409 SKU_TAKEN); openingQuantity becomes its first RECEIVE
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/inventory',
    summary: 'Add a stock item (opening stock becomes a RECEIVE movement)',
    tags,
    permission: 'inventory:write',
    planFeature: 'inventory',
    body: createInventoryItemBody,
    response: inventoryItemSchema,
    status: 201,
    errors: ['NOT_FOUND', 'SKU_TAKEN'],
  },
  async ({ db, user, body }) => createInventoryItem(db, { input: body, user }),
);
