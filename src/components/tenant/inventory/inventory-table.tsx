import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatQuantity } from '../format';
import { type InventoryItemView } from '@/server/tenant/pages/view-types';
import { AdjustStockButton, ReceiveStockButton } from './stock-dialogs';
import { formatPlainDate } from '@/lib/format/dates';
import { humanize } from '@/lib/format/humanize';
import { formatMoney } from '@/lib/format/money';

function daysUntil(isoDate: string, today: string): number {
  return Math.round((Date.parse(isoDate) - Date.parse(today)) / 86_400_000);
}

/** Stock items with their level, expiry and, for roles that manage stock, receive/adjust actions. */
export function InventoryTable({
  items,
  canWrite,
  today,
  practiceNames,
}: {
  items: InventoryItemView[];
  canWrite: boolean;
  today: string;
  practiceNames?: Record<string, string>;
}) {
  return (
    <Table caption="Stock items">
      <THead>
        <TR>
          <TH>Item</TH>
          <TH className="text-right">On hand</TH>
          <TH className="text-right">Reorder at</TH>
          <TH>Lot · expiry</TH>
          <TH className="text-right">Price</TH>
          {canWrite ? <TH className="text-right">Actions</TH> : null}
        </TR>
      </THead>
      <TBody>
        {items.map((item) => {
          const days = item.expiresOn ? daysUntil(item.expiresOn, today) : null;
          return (
            <TR key={item.id} data-testid="inventory-row" data-sku={item.sku}>
              <TD>
                <Link href={`/inventory/${item.id}`} className="font-medium text-brand-700 hover:underline">
                  {item.name}
                </Link>
                <p className="text-xs text-slate-500">
                  <span className="font-mono">{item.sku}</span> · {humanize(item.category)}
                  {practiceNames ? ` · ${practiceNames[item.practiceId] ?? ''}` : ''}
                  {item.controlledSchedule ? (
                    <Badge tone="warning" className="ml-2">
                      C-{item.controlledSchedule}
                    </Badge>
                  ) : null}
                  {!item.isActive ? (
                    <Badge tone="neutral" className="ml-2">
                      Inactive
                    </Badge>
                  ) : null}
                </p>
              </TD>
              <TD className="text-right whitespace-nowrap">
                <span className="font-semibold text-slate-900" data-testid="quantity-on-hand">
                  {formatQuantity(item.quantityOnHand, item.unit)}
                </span>
                {item.isLowStock ? (
                  <Badge tone={item.quantityOnHand === 0 ? 'danger' : 'warning'} className="ml-2">
                    {item.quantityOnHand === 0 ? 'Out of stock' : 'Low'}
                  </Badge>
                ) : null}
              </TD>
              <TD className="text-right whitespace-nowrap">{formatQuantity(item.reorderLevel)}</TD>
              <TD className="whitespace-nowrap">
                {item.lotNumber ?? '—'} · {formatPlainDate(item.expiresOn)}
                {days !== null && days <= 30 ? (
                  <Badge tone={days < 0 ? 'danger' : 'warning'} className="ml-2">
                    {days < 0 ? 'Expired' : `${days} d left`}
                  </Badge>
                ) : null}
              </TD>
              <TD className="text-right whitespace-nowrap">{formatMoney(item.priceMinor)}</TD>
              {canWrite ? (
                <TD className="text-right whitespace-nowrap">
                  {/* The same two actions, in the same order and style, on every row (and on the item's page). */}
                  <div className="flex justify-end gap-2" data-testid="inventory-row-actions">
                    <ReceiveStockButton
                      item={{
                        id: item.id,
                        name: item.name,
                        unit: item.unit,
                        quantityOnHand: item.quantityOnHand,
                      }}
                    />
                    <AdjustStockButton
                      item={{
                        id: item.id,
                        name: item.name,
                        unit: item.unit,
                        quantityOnHand: item.quantityOnHand,
                      }}
                    />
                  </div>
                </TD>
              ) : null}
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
