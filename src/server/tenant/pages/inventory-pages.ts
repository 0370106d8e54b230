import 'server-only';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { getInventoryItem } from '@/server/tenant/inventory/get-inventory-item';
import { listControlledLog } from '@/server/tenant/inventory/list-controlled-log';
import { listExpiringStock } from '@/server/tenant/inventory/list-expiring-stock';
import { listInventory } from '@/server/tenant/inventory/list-inventory';
import { listLowStock } from '@/server/tenant/inventory/list-low-stock';
import { listStockMovements } from '@/server/tenant/inventory/list-stock-movements';
import { withPageDb } from './page-context';
import { orNotFound } from './page-data';

type InventoryTab = 'all' | 'low' | 'expiring' | 'controlled';

/** One page of the inventory tab asked for (the caller checks the controlled log's permission first). */
export async function loadInventoryPage(
  user: TenantSessionUser,
  options: {
    tab: InventoryTab;
    q: string | undefined;
    practiceId: string | undefined;
    days: number;
    cursor: string | undefined;
  },
) {
  const { tab, q, practiceId, days, cursor } = options;
  return withPageDb(async (db) => {
    // A stale or foreign cursor restarts at the first page instead of failing the page.
    const page = async <T>(load: (cursor?: string) => Promise<T>) =>
      load(cursor).catch(() => load(undefined));
    switch (tab) {
      case 'low':
        return {
          kind: 'items' as const,
          ...(await page((c) => listLowStock(db, { user, query: { practiceId, cursor: c, limit: 50 } }))),
        };
      case 'expiring':
        return {
          kind: 'items' as const,
          ...(await page((c) =>
            listExpiringStock(db, { user, query: { practiceId, days, cursor: c, limit: 50 } }),
          )),
        };
      case 'controlled':
        return {
          kind: 'log' as const,
          ...(await page((c) =>
            listControlledLog(db, { user, query: { practiceId, cursor: c, limit: 50 } }),
          )),
        };
      default:
        return {
          kind: 'items' as const,
          ...(await page((c) => listInventory(db, { user, query: { q, practiceId, cursor: c, limit: 50 } }))),
        };
    }
  });
}

/** A stock item and one page of its ledger; an unknown or invisible item is the 404 page. */
export async function loadInventoryItemPage(user: TenantSessionUser, id: string, cursor: string | undefined) {
  return withPageDb(async (db) => {
    const item = await orNotFound(getInventoryItem(db, { id, user }));
    const ledger = await listStockMovements(db, { itemId: id, user, query: { cursor, limit: 50 } }).catch(
      () => listStockMovements(db, { itemId: id, user, query: { limit: 50 } }),
    );
    return { item, ledger };
  });
}
