import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import type { OwnerAuditEntry } from '@/server/owner/pages/view-types';
import { auditActionLabel, isFailureAction } from './audit-labels';
import { formatDateTime } from '@/lib/format/dates';

function detailText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export function AuditTable({
  entries,
  caption,
  showTarget = true,
}: {
  entries: OwnerAuditEntry[];
  caption: string;
  showTarget?: boolean;
}) {
  return (
    <Table caption={caption}>
      <THead>
        <tr>
          <TH>When</TH>
          <TH>Who</TH>
          <TH>What</TH>
          {showTarget ? <TH>Target</TH> : null}
          <TH>Details</TH>
          <TH>From</TH>
        </tr>
      </THead>
      <TBody>
        {entries.map((entry) => {
          const details = Object.entries(entry.details);
          const slug = typeof entry.details.slug === 'string' ? entry.details.slug : null;
          return (
            <TR key={entry.id}>
              <TD className="text-xs whitespace-nowrap">{formatDateTime(entry.createdAt)}</TD>
              <TD className="max-w-52 text-xs break-all">
                {entry.actorEmail ?? <span className="text-slate-400">Unknown</span>}
              </TD>
              <TD className="whitespace-nowrap">
                {isFailureAction(entry.action, entry.details) ? (
                  <Badge tone="danger">{auditActionLabel(entry.action)}</Badge>
                ) : (
                  <span className="font-medium text-slate-900">{auditActionLabel(entry.action)}</span>
                )}
                <p className="font-mono text-[11px] text-slate-400">{entry.action}</p>
              </TD>
              {showTarget ? (
                <TD className="text-xs">
                  {entry.targetType === 'tenant' && entry.targetId ? (
                    <Link
                      href={`/owner/tenants/${entry.targetId}`}
                      className="text-brand-700 underline hover:text-brand-800"
                    >
                      {slug ?? 'tenant'}
                    </Link>
                  ) : entry.targetId ? (
                    <span className="font-mono">
                      {entry.targetType ? `${entry.targetType}: ` : ''}
                      {entry.targetId.length > 20 ? `${entry.targetId.slice(0, 8)}…` : entry.targetId}
                    </span>
                  ) : (
                    '—'
                  )}
                </TD>
              ) : null}
              <TD className="max-w-80 text-xs">
                {details.length === 0 ? (
                  <span className="text-slate-400">—</span>
                ) : (
                  <details>
                    <summary className="cursor-pointer truncate text-slate-600">
                      {details.map(([key, value]) => `${key}: ${detailText(value)}`).join(', ')}
                    </summary>
                    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                      {details.map(([key, value]) => (
                        <div key={key} className="contents">
                          <dt className="font-medium text-slate-500">{key}</dt>
                          <dd className="font-mono break-all text-slate-700">{detailText(value)}</dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                )}
              </TD>
              <TD className="font-mono text-xs whitespace-nowrap">{entry.ipAddress ?? '—'}</TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
