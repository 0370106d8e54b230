import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import type { AlertView } from '@/server/owner/pages/view-types';
import { alertDetail, alertLabel, alertTone } from './alert-labels';
import { formatDateTime } from '@/lib/format/dates';

/** Open and resolved alerts: kind, subject (clinic or server), what was measured, opened and resolved times. */
export function AlertsTable({ alerts, showSubject = true }: { alerts: AlertView[]; showSubject?: boolean }) {
  return (
    <Table caption="Alerts">
      <THead>
        <tr>
          <TH>Alert</TH>
          {showSubject ? <TH>Clinic or server</TH> : null}
          <TH>Detail</TH>
          <TH>Opened</TH>
          <TH>Resolved</TH>
        </tr>
      </THead>
      <TBody>
        {alerts.map((a) => (
          <TR key={a.id}>
            <TD>
              <Badge tone={a.resolvedAt ? 'neutral' : alertTone(a.kind)} dot>
                {alertLabel(a.kind)}
              </Badge>
            </TD>
            {showSubject ? (
              <TD className="whitespace-nowrap">
                {a.tenantId ? (
                  <Link
                    href={`/owner/tenants/${a.tenantId}/health`}
                    className="font-mono text-brand-700 hover:underline"
                  >
                    {a.clinic ?? a.tenantId}
                  </Link>
                ) : (
                  <span className="font-mono">{a.server}</span>
                )}
              </TD>
            ) : null}
            <TD className="text-xs text-slate-600">{alertDetail(a.detail)}</TD>
            <TD className="whitespace-nowrap">{formatDateTime(a.openedAt)}</TD>
            <TD className="whitespace-nowrap">
              {a.resolvedAt ? formatDateTime(a.resolvedAt) : <Badge tone="danger">Open</Badge>}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
