import { Card, CardBody, CardHeader } from '@/components/ui/card';
import type { RecordDetailView } from '@/server/tenant/records/records.schema';
import { formatDateTime } from '../format';
import { RecordContentView } from './record-content-view';
import { SOAP_FIELDS, VITAL_FIELDS } from './record-fields';

const LABELS: Record<string, string> = Object.fromEntries([
  ...SOAP_FIELDS.map((f) => [f.key, f.label]),
  ...VITAL_FIELDS.map((f) => [f.key, f.label]),
  ['diagnoses', 'Diagnoses'],
]);

function show(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (key === 'diagnoses' && Array.isArray(value))
    return value.map((d: { description?: string }) => d.description ?? '').join('; ') || '(none)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

type Row = { key: string; label: string; from: string; to: string };
type Content = Record<string, unknown> & { vitals: Record<string, unknown> };

/**
 * Each amendment as labelled fields with old → new: replays the amendments over the original as signed, so the
 * "old" of a change is what the record said just before it (an earlier amendment included).
 */
function amendmentRows(record: RecordDetailView): Row[][] {
  const state: Content = {
    subjective: record.subjective,
    objective: record.objective,
    assessment: record.assessment,
    plan: record.plan,
    diagnoses: record.diagnoses,
    vitals: { ...record.vitals },
  };
  return record.amendments.map((amendment) => {
    const rows: Row[] = [];
    for (const [key, value] of Object.entries(amendment.changes)) {
      if (key === 'vitals' && value && typeof value === 'object') {
        for (const [vital, v] of Object.entries(value as Record<string, unknown>)) {
          rows.push({
            key: `vitals.${vital}`,
            label: LABELS[vital] ?? vital,
            from: show(vital, state.vitals[vital]),
            to: show(vital, v),
          });
          state.vitals[vital] = v;
        }
        continue;
      }
      rows.push({ key, label: LABELS[key] ?? key, from: show(key, state[key]), to: show(key, value) });
      state[key] = value;
    }
    return rows;
  });
}

/** Corrections to a signed record, oldest first, with the original as signed available for comparison. */
export function AmendmentList({ record, timeZone }: { record: RecordDetailView; timeZone: string }) {
  const rows = amendmentRows(record);
  return (
    <Card>
      <CardHeader
        title="Amendments"
        description="Each correction keeps its author, time and reason. The notes above show the record with them applied."
      />
      <CardBody className="space-y-4">
        <ol className="space-y-3">
          {record.amendments.map((amendment, index) => (
            <li key={amendment.id} className="rounded-md bg-amber-50/60 p-3 ring-1 ring-amber-200">
              <p className="text-sm font-medium text-slate-900">
                {amendment.author.name} · {formatDateTime(amendment.createdAt, timeZone)}
              </p>
              <p className="mt-0.5 text-sm text-slate-700">Reason: {amendment.reason}</p>
              <ul className="mt-2 space-y-1 text-sm text-slate-700">
                {rows[index]!.map((row) => (
                  <li key={row.key} data-testid="amendment-change">
                    <span className="font-medium">{row.label}:</span>{' '}
                    <span className="whitespace-pre-wrap text-slate-500 line-through">{row.from}</span>
                    <span aria-label="changed to"> → </span>
                    <span className="whitespace-pre-wrap">{row.to}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
        <details className="rounded-md ring-1 ring-slate-200">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-700">
            The original, as signed
          </summary>
          <div className="border-t border-slate-200 p-4">
            <RecordContentView content={record} />
          </div>
        </details>
      </CardBody>
    </Card>
  );
}
