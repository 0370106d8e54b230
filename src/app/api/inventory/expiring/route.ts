import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { expiringItemSchema, expiringQuery } from '@/server/tenant/inventory/inventory.schema';
import { listExpiringStock } from '@/server/tenant/inventory/list-expiring-stock';

// GET /api/inventory/expiring?days=30 — inventory:read (every role): stocked items expiring within `days`, soonest first
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/inventory/expiring',
    summary: 'Stocked items expiring within `days` (default 30), soonest first',
    tags: ['Inventory'],
    permission: 'inventory:read',
    query: expiringQuery,
    response: expiringItemSchema,
    list: true,
  },
  async ({ db, user, query }) => listExpiringStock(db, { query, user }),
);
