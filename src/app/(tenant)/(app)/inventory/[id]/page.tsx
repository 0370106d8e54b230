import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isUuid } from '@/lib/identifiers';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, DescriptionList } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CursorPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatQuantity } from '@/components/tenant/format';
import { AdjustStockButton, ReceiveStockButton } from '@/components/tenant/inventory/stock-dialogs';
import { listHref } from '@/components/tenant/search-form';
import { requirePageSession, userCan } from '@/server/tenant/pages/page-context';
import { getPracticeTimezone, param, type SearchParams } from '@/server/tenant/pages/page-data';
import { formatDateTime, formatPlainDate } from '@/lib/format/dates';
import { humanize } from '@/lib/format/humanize';
import { formatMoney } from '@/lib/format/money';
import { loadInventoryItemPage } from '@/server/tenant/pages/inventory-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Stock item' };

export default async function InventoryItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const { user } = await requirePageSession(`/inventory/${id}`);
  if (!isUuid(id)) notFound();
  const cursor = param(await searchParams, 'cursor');
  const { item, ledger } = await loadInventoryItemPage(user, id, cursor);
  const timeZone = await getPracticeTimezone(item.practiceId);
  const canWrite = userCan(user, 'inventory:write');
  const slim = { id: item.id, name: item.name, unit: item.unit, quantityOnHand: item.quantityOnHand };

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Inventory', href: '/inventory' }, { label: item.name }]}
        title={item.name}
        description={
          <span className="font-mono text-xs">
            {item.sku} · {humanize(item.category)}
          </span>
        }
        actions={
          canWrite ? (
            <>
              <ReceiveStockButton item={slim} />
              <AdjustStockButton item={slim} />
            </>
          ) : null
        }
      />
      <div className="space-y-6">
        <Card>
          <CardBody>
            <DescriptionList
              items={[
                {
                  term: 'On hand',
                  value: (
                    <span className="text-base font-semibold" data-testid="quantity-on-hand">
                      {formatQuantity(item.quantityOnHand, item.unit)}
                      {item.isLowStock ? (
                        <Badge tone="warning" className="ml-2">
                          Low
                        </Badge>
                      ) : null}
                    </span>
                  ),
                },
                { term: 'Reorder level', value: formatQuantity(item.reorderLevel, item.unit) },
                { term: 'Lot', value: item.lotNumber ?? '—' },
                { term: 'Expires', value: formatPlainDate(item.expiresOn) },
                {
                  term: 'Cost / price',
                  value: `${formatMoney(item.costMinor)} / ${formatMoney(item.priceMinor)}`,
                },
                {
                  term: 'Controlled',
                  value: item.controlledSchedule ? `Schedule ${item.controlledSchedule}` : 'No',
                },
              ]}
            />
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Stock ledger"
            description="Every change of the quantity on hand, newest first, with the balance after it."
          />
          {ledger.data.length === 0 ? (
            <EmptyState title="No movements yet" />
          ) : (
            <Table caption="Stock movements">
              <THead>
                <TR>
                  <TH>When</TH>
                  <TH>Movement</TH>
                  <TH className="text-right">Change</TH>
                  <TH className="text-right">Balance</TH>
                  <TH>By</TH>
                </TR>
              </THead>
              <TBody>
                {ledger.data.map((m) => (
                  <TR key={m.id}>
                    <TD className="whitespace-nowrap">{formatDateTime(m.createdAt, timeZone)}</TD>
                    <TD>
                      {humanize(m.kind)}
                      {m.reason ? <span className="text-slate-500"> · {m.reason}</span> : null}
                      {m.lotNumber ? <span className="text-slate-500"> · lot {m.lotNumber}</span> : null}
                      {m.prescriptionId ? (
                        <span className="text-slate-500"> · for a prescription</span>
                      ) : null}
                    </TD>
                    <TD
                      className={`text-right font-medium whitespace-nowrap ${m.quantityDelta < 0 ? 'text-red-700' : 'text-emerald-700'}`}
                    >
                      {m.quantityDelta > 0 ? '+' : ''}
                      {formatQuantity(m.quantityDelta)}
                    </TD>
                    <TD className="text-right whitespace-nowrap">
                      {formatQuantity(m.quantityAfter, item.unit)}
                    </TD>
                    <TD>{m.performedBy.name}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
          <CursorPagination
            firstHref={`/inventory/${item.id}`}
            nextHref={
              ledger.nextCursor ? listHref(`/inventory/${item.id}`, { cursor: ledger.nextCursor }) : null
            }
            isFirstPage={!cursor}
          />
        </Card>
      </div>
    </>
  );
}
