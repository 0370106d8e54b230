// GET /api/inventory/expiring?days=30 — inventory:read (every role): stocked items expiring within `days`, soonest first
import { readQuery } from '@/server/shared/http/request';
import { page } from '@/server/shared/http/respond';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { expiringQuery } from '@/server/tenant/inventory/inventory.schema';
import { listExpiringStock } from '@/server/tenant/inventory/list-expiring-stock';

export const GET = withTenant(
  async ({ req, db, user }) => {
    const { data, nextCursor } = await listExpiringStock(db, { query: readQuery(req, expiringQuery), user });
    return page(data, nextCursor);
  },
  { permission: 'inventory:read' },
);
