import { cn } from '@/components/ui/cn';

/**
 * One limited resource as a labelled meter ("3 of 5"). Unlimited resources show the count alone; the
 * bar turns amber from 80 % and red at the limit, and the numbers are text, so nothing depends on colour.
 */
export function UsageMeter({
  label,
  used,
  limit,
  format,
}: {
  label: string;
  used: number;
  limit: number | null;
  format: (n: number) => string;
}) {
  const ratio = limit === null || limit === 0 ? null : Math.min(used / limit, 1);
  const tone =
    ratio === null ? '' : ratio >= 1 ? 'bg-red-500' : ratio >= 0.8 ? 'bg-amber-500' : 'bg-brand-600';
  return (
    <div>
      <div className="flex items-baseline justify-between gap-4 text-sm">
        <span className="font-medium text-slate-800">{label}</span>
        <span className="text-slate-600 tabular-nums">
          {limit === null ? `${format(used)} · no limit` : `${format(used)} of ${format(limit)}`}
        </span>
      </div>
      {ratio !== null ? (
        <div
          role="meter"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={limit!}
          aria-valuenow={Math.min(used, limit!)}
          aria-valuetext={`${format(used)} of ${format(limit!)}`}
          className="mt-1.5 h-2 overflow-hidden rounded-full bg-slate-100"
        >
          <div className={cn('h-full rounded-full', tone)} style={{ width: `${Math.round(ratio * 100)}%` }} />
        </div>
      ) : null}
    </div>
  );
}
