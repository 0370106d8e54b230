// GET /api/inventory/:id (inventory:read: every role) · PATCH /api/inventory/:id (inventory:write: ADMIN, VETERINARIAN, TECHNICIAN)
import { readJson, readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { getInventoryItem } from '@/server/tenant/inventory/get-inventory-item';
import { itemIdParams, updateInventoryItemBody } from '@/server/tenant/inventory/inventory.schema';
import { updateInventoryItem } from '@/server/tenant/inventory/update-inventory-item';

type Params = { id: string };

export const GET = withTenant<Params>(
  async ({ db, user, params }) => getInventoryItem(db, { id: readParams(params, itemIdParams).id, user }),
  { permission: 'inventory:read' },
);

// PATCH: descriptive fields and prices only; quantities change through receive/adjust/dispense
export const PATCH = withTenant<Params>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, itemIdParams);
    return updateInventoryItem(db, { id, input: await readJson(req, updateInventoryItemBody), user });
  },
  { permission: 'inventory:write' },
);
