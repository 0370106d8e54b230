import { Card, CardBody, CardHeader } from '@/components/ui/card';
import type { RecordDetailDto } from '@/server/tenant/records/records.schema';
import { formatDateTime } from '../format';
import { RecordContentView } from './record-content-view';
import { SOAP_FIELDS, VITAL_FIELDS } from './record-fields';

const LABELS: Record<string, string> = Object.fromEntries([
  ...SOAP_FIELDS.map((f) => [f.key, f.label]),
  ...VITAL_FIELDS.map((f) => [f.key, f.label]),
  ['diagnoses', 'Diagnoses'],
]);

function show(value: unknown): string {
  if (value === null || value === undefined) return 'cleared';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function describeChange(key: string, value: unknown): string {
  if (key === 'vitals' && value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([vital, v]) => `${LABELS[vital] ?? vital}: ${show(v)}`)
      .join(', ');
  }
  if (key === 'diagnoses' && Array.isArray(value))
    return value.map((d: { description?: string }) => d.description ?? '').join('; ') || 'cleared';
  return show(value);
}

/** Corrections to a signed record, oldest first, with the original as signed available for comparison. */
export function AmendmentList({ record, timeZone }: { record: RecordDetailDto; timeZone: string }) {
  return (
    <Card>
      <CardHeader
        title="Amendments"
        description="Each correction keeps its author, time and reason. The notes above show the record with them applied."
      />
      <CardBody className="space-y-4">
        <ol className="space-y-3">
          {record.amendments.map((amendment) => (
            <li key={amendment.id} className="rounded-md bg-amber-50/60 p-3 ring-1 ring-amber-200">
              <p className="text-sm font-medium text-slate-900">
                {amendment.author.name} · {formatDateTime(amendment.createdAt, timeZone)}
              </p>
              <p className="mt-0.5 text-sm text-slate-700">Reason: {amendment.reason}</p>
              <ul className="mt-2 space-y-1 text-sm text-slate-700">
                {Object.entries(amendment.changes).map(([key, value]) => (
                  <li key={key}>
                    <span className="font-medium">{LABELS[key] ?? key}:</span>{' '}
                    <span className="whitespace-pre-wrap">{describeChange(key, value)}</span>
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
