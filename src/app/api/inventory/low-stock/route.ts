// GET /api/inventory/low-stock — inventory:read (every role): active items at or below their reorder level
import { readQuery } from '@/server/shared/http/request';
import { page } from '@/server/shared/http/respond';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { lowStockQuery } from '@/server/tenant/inventory/inventory.schema';
import { listLowStock } from '@/server/tenant/inventory/list-low-stock';

export const GET = withTenant(
  async ({ req, db, user }) => {
    const { data, nextCursor } = await listLowStock(db, { query: readQuery(req, lowStockQuery), user });
    return page(data, nextCursor);
  },
  { permission: 'inventory:read' },
);
