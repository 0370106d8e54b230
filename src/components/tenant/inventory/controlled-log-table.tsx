import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatQuantity } from '../format';
import { formatDateTime } from '@/lib/format/dates';
import { humanize } from '@/lib/format/humanize';
import { type ControlledLogEntry } from '@/server/tenant/pages/view-types';

/** The controlled-drug register: every movement of scheduled stock, who did it, for which patient, and the balance. */
export function ControlledLogTable({
  entries,
  timeZone,
}: {
  entries: ControlledLogEntry[];
  timeZone: string;
}) {
  return (
    <Table caption="Controlled drug log">
      <THead>
        <TR>
          <TH>When</TH>
          <TH>Drug</TH>
          <TH>Movement</TH>
          <TH className="text-right">Change</TH>
          <TH className="text-right">Balance</TH>
          <TH>Patient</TH>
          <TH>By</TH>
        </TR>
      </THead>
      <TBody>
        {entries.map((entry) => (
          <TR key={entry.id}>
            <TD className="whitespace-nowrap">{formatDateTime(entry.createdAt, timeZone)}</TD>
            <TD>
              <Link
                href={`/inventory/${entry.item.id}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {entry.item.name}
              </Link>
              <Badge tone="warning" className="ml-2">
                C-{entry.item.controlledSchedule}
              </Badge>
              {entry.lotNumber ? <p className="text-xs text-slate-500">Lot {entry.lotNumber}</p> : null}
            </TD>
            <TD>
              {humanize(entry.kind)}
              {entry.reason ? <p className="text-xs text-slate-500">{entry.reason}</p> : null}
            </TD>
            <TD
              className={`text-right font-medium whitespace-nowrap ${entry.quantityDelta < 0 ? 'text-red-700' : 'text-emerald-700'}`}
            >
              {entry.quantityDelta > 0 ? '+' : ''}
              {formatQuantity(entry.quantityDelta)}
            </TD>
            <TD className="text-right whitespace-nowrap">
              {formatQuantity(entry.quantityAfter, entry.item.unit)}
            </TD>
            <TD>
              {entry.patient ? (
                <Link href={`/patients/${entry.patient.id}`} className="text-brand-700 hover:underline">
                  {entry.patient.name}
                </Link>
              ) : (
                '—'
              )}
            </TD>
            <TD>{entry.performedBy.name}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
