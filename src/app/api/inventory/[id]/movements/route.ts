// GET /api/inventory/:id/movements — inventory:read (every role): the item's stock ledger, newest first
import { readParams, readQuery } from '@/server/shared/http/request';
import { page } from '@/server/shared/http/respond';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { itemIdParams, movementsQuery } from '@/server/tenant/inventory/inventory.schema';
import { listStockMovements } from '@/server/tenant/inventory/list-stock-movements';

export const GET = withTenant<{ id: string }>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, itemIdParams);
    const { data, nextCursor } = await listStockMovements(db, {
      itemId: id,
      query: readQuery(req, movementsQuery),
      user,
    });
    return page(data, nextCursor);
  },
  { permission: 'inventory:read' },
);
