// GET /api/inventory/controlled-log — inventory:controlled-log (ADMIN, VETERINARIAN): controlled-drug register with balances
import { readQuery } from '@/server/shared/http/request';
import { page } from '@/server/shared/http/respond';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { controlledLogQuery } from '@/server/tenant/inventory/inventory.schema';
import { listControlledLog } from '@/server/tenant/inventory/list-controlled-log';

export const GET = withTenant(
  async ({ req, db, user }) => {
    const { data, nextCursor } = await listControlledLog(db, {
      query: readQuery(req, controlledLogQuery),
      user,
    });
    return page(data, nextCursor);
  },
  { permission: 'inventory:controlled-log' },
);
