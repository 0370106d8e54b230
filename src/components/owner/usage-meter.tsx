import { cn } from '@/components/ui/cn';

/** Current use against the plan limit, as a labelled bar (a native <meter> cannot be styled consistently). */
export function UsageMeter({
  label,
  value,
  limit,
  format,
}: {
  label: string;
  value: number;
  limit: number | null;
  format: (n: number) => string;
}) {
  const ratio = limit ? Math.min(value / limit, 1) : 0;
  // At the limit is full (amber); only over it is a problem (red).
  const tone = !limit
    ? 'bg-slate-300'
    : value > limit
      ? 'bg-red-500'
      : ratio >= 0.8
        ? 'bg-amber-500'
        : 'bg-brand-500';
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        <span className="text-sm text-slate-600">{label}</span>
        <span className="text-sm font-semibold text-slate-900 tabular-nums">
          {format(value)}
          <span className="font-normal text-slate-500">
            {' '}
            / {limit === null ? 'unlimited' : format(limit)}
          </span>
        </span>
      </div>
      <div
        className="mt-1.5 h-2 overflow-hidden rounded-full bg-slate-100"
        role="progressbar"
        aria-label={`${label} used`}
        aria-valuemin={0}
        aria-valuemax={limit ?? undefined}
        aria-valuenow={value}
        aria-valuetext={
          limit === null ? `${format(value)}, no limit` : `${format(value)} of ${format(limit)}`
        }
      >
        <div
          className={cn('h-full rounded-full', tone)}
          style={{ width: `${limit ? Math.max(ratio * 100, value > 0 ? 2 : 0) : 0}%` }}
        />
      </div>
    </div>
  );
}
