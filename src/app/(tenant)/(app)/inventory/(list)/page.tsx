import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CursorPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { TabNav } from '@/components/ui/tabs';
import { zonedToday } from '@/lib/time/zoned-time';
import { ControlledLogTable } from '@/components/tenant/inventory/controlled-log-table';
import { InventoryTable } from '@/components/tenant/inventory/inventory-table';
import { NewItemDialog } from '@/components/tenant/inventory/new-item-dialog';
import { listHref, SearchForm } from '@/components/tenant/search-form';
import { loadInventoryPage } from '@/server/tenant/pages/inventory-pages';
import { requirePageSession, userCan } from '@/server/tenant/pages/page-context';
import { getPagePractices, getPageTimezone, param, type SearchParams } from '@/server/tenant/pages/page-data';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Inventory' };

const TABS = ['all', 'low', 'expiring', 'controlled'] as const;
type Tab = (typeof TABS)[number];
const INVENTORY_VIEWS: ReadonlyArray<{ tab: Tab; label: string }> = [
  { tab: 'all', label: 'All stock' },
  { tab: 'low', label: 'Low stock' },
  { tab: 'expiring', label: 'Expiring soon' },
  { tab: 'controlled', label: 'Controlled drug log' },
];

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

  const result = await loadInventoryPage(user, { tab, q, practiceId, days, cursor });

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
      <TabNav
        label="Inventory views"
        className="mb-4"
        items={INVENTORY_VIEWS.filter((view) => view.tab !== 'controlled' || canSeeLog).map((view) => ({
          href: view.tab === 'all' ? '/inventory' : `/inventory?tab=${view.tab}`,
          label: view.label,
          current: view.tab === tab,
        }))}
      />
      {practiceNames ? (
        <TabNav
          label="Practice"
          variant="pills"
          className="mb-4"
          items={[{ id: undefined, name: 'All practices' }, ...practices].map((p) => ({
            href: listHref('/inventory', { ...base, cursor: undefined, practiceId: p.id }),
            label: p.name,
            current: p.id === practiceId,
          }))}
        />
      ) : null}
      <Card>
        {tab === 'all' || tab === 'expiring' ? (
          <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 px-4 py-3">
            {tab === 'all' ? (
              <SearchForm
                maxLength={100}
                action="/inventory"
                q={q}
                placeholder="Name or SKU"
                label="Search stock"
                hidden={{ practiceId }}
              />
            ) : (
              <TabNav
                label="Expiry window"
                variant="pills"
                items={[30, 60, 90].map((d) => ({
                  href: listHref('/inventory', { tab: 'expiring', days: String(d), practiceId }),
                  label: `${d} days`,
                  current: d === days,
                }))}
              />
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
