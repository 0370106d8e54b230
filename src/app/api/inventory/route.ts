// GET /api/inventory (inventory:read: every role) · POST /api/inventory (inventory:write: ADMIN, VETERINARIAN, TECHNICIAN)
import { readJson, readQuery } from '@/server/shared/http/request';
import { created, page } from '@/server/shared/http/respond';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { assertPlanFeature } from '@/server/tenant/plan-limits/assert-plan-feature';
import { createInventoryItem } from '@/server/tenant/inventory/create-inventory-item';
import { createInventoryItemBody, listInventoryQuery } from '@/server/tenant/inventory/inventory.schema';
import { listInventory } from '@/server/tenant/inventory/list-inventory';

// GET: stock items of the caller's practices; q, category, lowStock, expiringWithinDays, controlled, active; cursor pages
export const GET = withTenant(
  async ({ req, db, user }) => {
    const { data, nextCursor } = await listInventory(db, {
      query: readQuery(req, listInventoryQuery),
      user,
    });
    return page(data, nextCursor);
  },
  { permission: 'inventory:read' },
);

// POST: add a stock item (SKU unique in the clinic → 409 SKU_TAKEN); openingQuantity becomes its first RECEIVE
export const POST = withTenant(
  async ({ req, db, user, tenant }) => {
    await assertPlanFeature(tenant.id, 'inventory');
    return created(
      await createInventoryItem(db, { input: await readJson(req, createInventoryItemBody), user }),
    );
  },
  { permission: 'inventory:write' },
);
