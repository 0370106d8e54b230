import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { PageHeader } from '@/components/ui/page-header';
import { CursorPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { zonedToday } from '@/components/tenant/calendar/zoned-time';
import { InventoryTabs } from '@/components/tenant/inventory/inventory-tabs';
import { ControlledLogTable } from '@/components/tenant/inventory/controlled-log-table';
import { InventoryTable } from '@/components/tenant/inventory/inventory-table';
import { NewItemDialog } from '@/components/tenant/inventory/new-item-dialog';
import { listHref, SearchForm } from '@/components/tenant/search-form';
import { listControlledLog } from '@/server/tenant/inventory/list-controlled-log';
import { listExpiringStock } from '@/server/tenant/inventory/list-expiring-stock';
import { listInventory } from '@/server/tenant/inventory/list-inventory';
import { listLowStock } from '@/server/tenant/inventory/list-low-stock';
import { requirePageSession, userCan, withPageDb } from '@/server/tenant/pages/page-context';
import { getPagePractices, getPageTimezone, param, type SearchParams } from '@/server/tenant/pages/page-data';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Inventory' };

const TABS = ['all', 'low', 'expiring', 'controlled'] as const;
type Tab = (typeof TABS)[number];

export default async function InventoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { user } = await requirePageSession('/inventory');
  const params = await searchParams;
  const canSeeLog = userCan(user, 'inventory:controlled-log');
  const requested = param(params, 'tab') as Tab | undefined;
  const tab: Tab =
    requested && TABS.includes(requested) && (requested !== 'controlled' || canSeeLog) ? requested : 'all';
  const q = param(params, 'q')?.slice(0, 100);
  const cursor = param(params, 'cursor');
  const days = [30, 60, 90].includes(Number(param(params, 'days'))) ? Number(param(params, 'days')) : 30;
  const [practices, timeZone] = await Promise.all([getPagePractices(), getPageTimezone()]);
  const practiceNames =
    practices.length > 1 ? Object.fromEntries(practices.map((p) => [p.id, p.name])) : undefined;
  const practiceId = practices.find((p) => p.id === param(params, 'practiceId'))?.id;

  const result = await withPageDb(async (db) => {
    // A stale or foreign cursor restarts at the first page instead of failing the page.
    const page = async <T,>(load: (cursor?: string) => Promise<T>) =>
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

  const base = {
    tab: tab === 'all' ? undefined : tab,
    q: tab === 'all' ? q : undefined,
    days: tab === 'expiring' ? String(days) : undefined,
    practiceId,
  };
  const empty = {
    all: q ? `Nothing matches “${q}”.` : 'No stock items yet.',
    low: 'Nothing is at or below its reorder level.',
    expiring: `Nothing on the shelf expires within ${days} days.`,
    controlled: 'No controlled drug has moved yet.',
  }[tab];

  return (
    <>
      <PageHeader
        title="Inventory"
        description="Stock on hand, deliveries and adjustments. Dispensing a prescription takes stock automatically."
        actions={userCan(user, 'inventory:write') ? <NewItemDialog practices={practices} /> : null}
      />
      <InventoryTabs current={tab} showControlled={canSeeLog} />
      {practiceNames ? (
        <nav aria-label="Practice" className="mb-4 flex flex-wrap gap-2 text-sm">
          {[{ id: undefined, name: 'All practices' }, ...practices].map((p) => (
            <Link
              key={p.id ?? 'all'}
              href={listHref('/inventory', { ...base, cursor: undefined, practiceId: p.id })}
              aria-current={p.id === practiceId ? 'page' : undefined}
              className={cn(
                'rounded-full px-3 py-1 font-medium ring-1 ring-inset',
                p.id === practiceId
                  ? 'bg-brand-600 text-white ring-brand-600'
                  : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50',
              )}
            >
              {p.name}
            </Link>
          ))}
        </nav>
      ) : null}
      <Card>
        {tab === 'all' || tab === 'expiring' ? (
          <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 px-4 py-3">
            {tab === 'all' ? (
              <SearchForm
                action="/inventory"
                q={q}
                placeholder="Name or SKU"
                label="Search stock"
                hidden={{ practiceId }}
              />
            ) : (
              <nav aria-label="Expiry window" className="flex gap-2 text-sm">
                {[30, 60, 90].map((d) => (
                  <a
                    key={d}
                    href={listHref('/inventory', { tab: 'expiring', days: String(d), practiceId })}
                    aria-current={d === days ? 'page' : undefined}
                    className={
                      d === days
                        ? 'rounded-md bg-brand-50 px-3 py-1 font-medium text-brand-800'
                        : 'rounded-md px-3 py-1 text-slate-600 hover:bg-slate-100'
                    }
                  >
                    {d} days
                  </a>
                ))}
              </nav>
            )}
          </div>
        ) : null}
        {result.data.length === 0 ? (
          <EmptyState title={empty} />
        ) : result.kind === 'log' ? (
          <ControlledLogTable entries={result.data} timeZone={timeZone} />
        ) : (
          <InventoryTable
            items={result.data}
            canWrite={userCan(user, 'inventory:write')}
            today={zonedToday(timeZone)}
            practiceNames={practiceNames}
          />
        )}
        <CursorPagination
          firstHref={listHref('/inventory', base)}
          nextHref={result.nextCursor ? listHref('/inventory', { ...base, cursor: result.nextCursor }) : null}
          isFirstPage={!cursor}
        />
      </Card>
    </>
  );
}
