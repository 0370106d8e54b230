import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { controlledLogEntrySchema, controlledLogQuery } from '@/server/tenant/inventory/inventory.schema';
import { listControlledLog } from '@/server/tenant/inventory/list-controlled-log';

// GET /api/inventory/controlled-log — inventory:controlled-log (ADMIN, VETERINARIAN): controlled-drug register with balances
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/inventory/controlled-log',
    summary: 'Controlled-drug register: every movement of scheduled items with the balance after it',
    tags: ['Inventory'],
    permission: 'inventory:controlled-log',
    query: controlledLogQuery,
    response: controlledLogEntrySchema,
    list: true,
  },
  async ({ db, user, query }) => listControlledLog(db, { query, user }),
);
