import type { ClinicalContent } from '@/server/tenant/pages/view-types';
import { SOAP_FIELDS, VITAL_FIELDS } from './record-fields';

/** Read-only SOAP notes, vitals and diagnoses (a signed record, or a draft for someone who cannot edit it). */
export function RecordContentView({
  content,
  changed = [],
}: {
  content: ClinicalContent;
  changed?: string[];
}) {
  const mark = (key: string) =>
    changed.includes(key) ? (
      <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-800">
        amended
      </span>
    ) : null;
  return (
    <div className="space-y-6">
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-2">
        {SOAP_FIELDS.map((field) => (
          <section key={field.key}>
            <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
              {field.label}
              {mark(field.key)}
            </h3>
            <p className="mt-1 text-sm whitespace-pre-wrap text-slate-900">
              {content[field.key] ?? <span className="text-slate-400">Not recorded</span>}
            </p>
          </section>
        ))}
      </div>
      <section>
        <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
          Vitals{mark('vitals')}
        </h3>
        <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {VITAL_FIELDS.map((field) => (
            <div key={field.key} className="rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
              <dt className="text-xs text-slate-500">{field.label}</dt>
              <dd className="text-sm font-semibold text-slate-900">
                {content.vitals[field.key] ?? '—'}
                {content.vitals[field.key] !== null && content.vitals[field.key] !== undefined ? (
                  <span className="ml-1 font-normal text-slate-500">{field.unit}</span>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section>
        <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
          Diagnoses{mark('diagnoses')}
        </h3>
        {content.diagnoses.length === 0 ? (
          <p className="mt-1 text-sm text-slate-400">None recorded</p>
        ) : (
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-900">
            {content.diagnoses.map((d, i) => (
              <li key={i}>
                {d.code ? <span className="mr-1 font-mono text-xs text-slate-500">{d.code}</span> : null}
                {d.description}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
