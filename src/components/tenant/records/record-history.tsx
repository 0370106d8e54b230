import { Card, CardHeader } from '@/components/ui/card';
import type { HistoryEntryView } from '@/server/tenant/records/records.schema';
import { formatDateTime, humanize } from '../format';

/** Every saved version of the record: who changed it and when (the full text of each version is kept server-side). */
export function RecordHistory({ entries, timeZone }: { entries: HistoryEntryView[]; timeZone: string }) {
  return (
    <Card>
      <CardHeader title="History" description="Every change is kept." />
      {entries.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">No changes recorded yet.</p>
      ) : (
        <ol className="divide-y divide-slate-100">
          {entries.map((entry) => (
            <li
              key={entry.id}
              className="flex flex-wrap items-center justify-between gap-2 px-5 py-2.5 text-sm"
            >
              <span>
                <span className="font-medium text-slate-900">{humanize(entry.action)}</span>
                <span className="text-slate-500">
                  {' '}
                  · version {entry.version} · {entry.changedBy.name}
                </span>
              </span>
              <time dateTime={entry.changedAt} className="text-slate-500">
                {formatDateTime(entry.changedAt, timeZone)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
