import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { inventoryItemSchema, lowStockQuery } from '@/server/tenant/inventory/inventory.schema';
import { listLowStock } from '@/server/tenant/inventory/list-low-stock';

// GET /api/inventory/low-stock — inventory:read (every role): active items at or below their reorder level
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/inventory/low-stock',
    summary: 'Active items at or below their reorder level',
    tags: ['Inventory'],
    permission: 'inventory:read',
    query: lowStockQuery,
    response: inventoryItemSchema,
    list: true,
  },
  async ({ db, user, query }) => listLowStock(db, { query, user }),
);
