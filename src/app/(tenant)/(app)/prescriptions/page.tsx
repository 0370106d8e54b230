import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { PageHeader } from '@/components/ui/page-header';
import { CursorPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { NoAccess } from '@/components/tenant/no-access';
import { PrescriptionTable } from '@/components/tenant/prescriptions/prescription-table';
import { listHref } from '@/components/tenant/search-form';
import { listInventory } from '@/server/tenant/inventory/list-inventory';
import { requirePageSession, userCan, withPageDb } from '@/server/tenant/pages/page-context';
import { getPageTimezone, param, type SearchParams } from '@/server/tenant/pages/page-data';
import { listPrescriptions } from '@/server/tenant/prescriptions/list-prescriptions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Prescriptions' };

const FILTERS = [
  { value: 'ACTIVE', label: 'To dispense' },
  { value: 'COMPLETED', label: 'Completed' },
  { value: 'CANCELLED', label: 'Cancelled' },
  { value: 'ALL', label: 'All' },
] as const;

export default async function PrescriptionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { user } = await requirePageSession('/prescriptions');
  if (!userCan(user, 'prescriptions:read')) return <NoAccess what="prescriptions" />;
  const params = await searchParams;
  const status = FILTERS.find((f) => f.value === param(params, 'status'))?.value ?? 'ACTIVE';
  const cursor = param(params, 'cursor');
  const timeZone = await getPageTimezone();

  const { list, units } = await withPageDb(async (db) => {
    const query = { status: status === 'ALL' ? undefined : status, limit: 50 };
    const list = await listPrescriptions(db, { user, query: { ...query, cursor } }).catch(() =>
      listPrescriptions(db, { user, query }),
    );
    const stock = await listInventory(db, { user, query: { limit: 200 } });
    return { list, units: Object.fromEntries(stock.items.map((i) => [i.id, i.unit])) };
  });

  return (
    <>
      <PageHeader
        title="Prescriptions"
        description="Prescribe from a patient's record; dispense here or there. Dispensing takes the stock in the same step."
      />
      <nav aria-label="Prescription status" className="mb-4 flex flex-wrap gap-2">
        {FILTERS.map((f) => (
          <Link
            key={f.value}
            href={listHref('/prescriptions', { status: f.value === 'ACTIVE' ? undefined : f.value })}
            aria-current={f.value === status ? 'page' : undefined}
            className={cn(
              'rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset',
              f.value === status
                ? 'bg-brand-600 text-white ring-brand-600'
                : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50',
            )}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      <Card>
        {list.items.length === 0 ? (
          <EmptyState
            title={status === 'ACTIVE' ? 'Nothing waiting to be dispensed' : 'No prescriptions here'}
            description="Prescriptions are written from a patient's medical record."
          />
        ) : (
          <PrescriptionTable
            prescriptions={list.items}
            timeZone={timeZone}
            canDispense={userCan(user, 'prescriptions:dispense')}
            canCancel={userCan(user, 'prescriptions:write')}
            units={units}
          />
        )}
        <CursorPagination
          firstHref={listHref('/prescriptions', { status: status === 'ACTIVE' ? undefined : status })}
          nextHref={
            list.nextCursor
              ? listHref('/prescriptions', {
                  status: status === 'ACTIVE' ? undefined : status,
                  cursor: list.nextCursor,
                })
              : null
          }
          isFirstPage={!cursor}
        />
      </Card>
    </>
  );
}
