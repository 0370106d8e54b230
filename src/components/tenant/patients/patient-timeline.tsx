import Link from 'next/link';
import { StatusBadge } from '@/components/ui/badge';
import type { TimelineEntry } from '@/server/tenant/pages/view-types';
import { formatBytes } from '@/lib/format-bytes';
import { formatQuantity, formatWeight } from '../format';
import { FileThumbnail, hasPreview } from './file-thumbnail';
import { formatDateTime } from '@/lib/format/dates';
import { humanize } from '@/lib/format/humanize';

const DOTS: Record<TimelineEntry['kind'], string> = {
  appointment: 'bg-sky-500',
  medical_record: 'bg-brand-600',
  prescription: 'bg-violet-500',
  weight: 'bg-emerald-500',
  file: 'bg-slate-400',
};

/** One line per event in the patient's history, newest first; records and files link to themselves. */
export function PatientTimeline({
  entries,
  timeZone,
  canOpenRecords,
}: {
  entries: TimelineEntry[];
  timeZone: string;
  canOpenRecords: boolean;
}) {
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-6">
      {entries.map((entry) => (
        <li key={`${entry.kind}:${entry.id}`} className="relative">
          <span
            aria-hidden="true"
            className={`absolute top-1.5 -left-[1.85rem] size-2.5 rounded-full ring-4 ring-white ${DOTS[entry.kind]}`}
          />
          <p className="text-xs text-slate-500">
            <time dateTime={entry.at}>{formatDateTime(entry.at, timeZone)}</time>
          </p>
          <TimelineBody entry={entry} canOpenRecords={canOpenRecords} />
        </li>
      ))}
    </ol>
  );
}

function TimelineBody({ entry, canOpenRecords }: { entry: TimelineEntry; canOpenRecords: boolean }) {
  switch (entry.kind) {
    case 'appointment':
      return (
        <div className="text-sm">
          <p className="font-medium text-slate-900">
            {humanize(entry.details.type)} appointment{' '}
            <StatusBadge status={entry.details.status} className="ml-1" />
          </p>
          <p className="text-slate-600">
            {entry.details.reason ?? 'No reason given'}
            {entry.details.veterinarian ? ` · ${entry.details.veterinarian.name}` : ''}
          </p>
        </div>
      );
    case 'medical_record': {
      const title = `Medical record · ${entry.details.status === 'SIGNED' ? 'signed' : 'draft'}${entry.details.author ? ` by ${entry.details.author.name}` : ''}`;
      return (
        <div className="text-sm">
          <p className="font-medium text-slate-900">
            {canOpenRecords ? (
              <Link href={`/records/${entry.id}`} className="text-brand-700 hover:underline">
                {title}
              </Link>
            ) : (
              title
            )}
          </p>
          {entry.details.assessment ? <p className="text-slate-600">{entry.details.assessment}</p> : null}
          {entry.details.diagnoses?.length ? (
            <p className="text-slate-500">{entry.details.diagnoses.map((d) => d.description).join('; ')}</p>
          ) : null}
        </div>
      );
    }
    case 'prescription':
      return (
        <div className="text-sm">
          <p className="font-medium text-slate-900">
            Prescribed {entry.details.drugName} <StatusBadge status={entry.details.status} className="ml-1" />
          </p>
          <p className="text-slate-600">
            {[entry.details.strength, entry.details.dose, entry.details.route, entry.details.frequency]
              .filter(Boolean)
              .join(' · ')}{' '}
            · qty {formatQuantity(entry.details.quantity)}
            {entry.details.prescriber ? ` · ${entry.details.prescriber.name}` : ''}
          </p>
        </div>
      );
    case 'weight':
      return (
        <p className="text-sm text-slate-900">
          Weighed <span className="font-medium">{formatWeight(entry.details.weightKg)}</span>
          {entry.details.note ? <span className="text-slate-600"> · {entry.details.note}</span> : null}
        </p>
      );
    case 'file':
      return (
        <div>
          <p className="text-sm text-slate-900">
            File{' '}
            <a href={`/api/files/${entry.id}`} className="font-medium text-brand-700 hover:underline">
              {entry.details.originalName}
            </a>
            <span className="text-slate-500">
              {' '}
              · {humanize(entry.details.category.replace('-', '_'))} · {formatBytes(entry.details.sizeBytes)}
            </span>
          </p>
          {hasPreview(entry.details.contentType) ? (
            <FileThumbnail id={entry.id} name={entry.details.originalName} />
          ) : null}
        </div>
      );
  }
}
