type Point = { at: string; value: number | null };

type Props = {
  title: string;
  points: Point[];
  format: (value: number) => string;
  /** A threshold drawn as a dashed line (e.g. the 1 s p95 alert level). */
  threshold?: { value: number; label: string };
  tone?: 'brand' | 'danger';
  /** The smallest axis maximum, so small counts do not give a 0 / 0.5 / 1 axis of rounded labels. */
  minAxis?: number;
};

const WIDTH = 560;
const HEIGHT = 180;
const PAD = { top: 14, right: 12, bottom: 26, left: 56 };
const timeLabel = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 4, 6, 8, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * A time-series line in plain SVG, server-rendered (no chart library, no client JavaScript): gaps where there is
 * no data, three gridlines, first and last time on the axis. An image with a text description for screen readers.
 */
export function TimeSeriesChart({ title, points, format, threshold, tone = 'brand', minAxis = 4 }: Props) {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const peak = Math.max(0, ...values);
  const max = niceMax(
    Math.max(peak, minAxis, threshold && threshold.value <= peak * 3 ? threshold.value : 0),
  );
  const times = points.map((p) => new Date(p.at).getTime());
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x = (t: number) => PAD.left + (t1 === t0 ? plotW / 2 : ((t - t0) / (t1 - t0)) * plotW);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  let path = '';
  let pen = false;
  points.forEach((p, i) => {
    if (p.value === null) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${x(times[i]!).toFixed(1)},${y(p.value).toFixed(1)} `;
    pen = true;
  });
  const id = `ts-${title.replace(/\W+/g, '-').toLowerCase()}`;
  const description = values.length
    ? `${values.length} points; highest ${format(peak)}; latest ${format(values[values.length - 1]!)}.`
    : 'No data yet.';
  const stroke = tone === 'danger' ? 'stroke-red-500' : 'stroke-brand-600';
  return (
    <figure className="min-w-0 space-y-2">
      <figcaption className="text-sm font-semibold text-slate-900">{title}</figcaption>
      {values.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-3 py-8 text-center text-sm text-slate-500">
          No data in this period.
        </p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${id}-t ${id}-d`}
          className="h-auto w-full"
        >
          <title id={`${id}-t`}>{title}</title>
          <desc id={`${id}-d`}>{description}</desc>
          {[0, 0.5, 1].map((f) => (
            <g key={f}>
              <line
                x1={PAD.left}
                x2={WIDTH - PAD.right}
                y1={y(max * f)}
                y2={y(max * f)}
                className="stroke-slate-200"
                strokeWidth="1"
              />
              <text
                x={PAD.left - 8}
                y={y(max * f)}
                dy="0.32em"
                textAnchor="end"
                className="fill-slate-500 text-[11px]"
              >
                {format(max * f)}
              </text>
            </g>
          ))}
          {threshold && threshold.value <= max ? (
            <g>
              <line
                x1={PAD.left}
                x2={WIDTH - PAD.right}
                y1={y(threshold.value)}
                y2={y(threshold.value)}
                className="stroke-red-400"
                strokeDasharray="5 4"
              />
              <text
                x={WIDTH - PAD.right}
                y={y(threshold.value) - 4}
                textAnchor="end"
                className="fill-red-600 text-[11px]"
              >
                {threshold.label}
              </text>
            </g>
          ) : null}
          <path d={path} fill="none" className={stroke} strokeWidth="2" strokeLinejoin="round" />
          {values.length === 1
            ? points
                .filter((p) => p.value !== null)
                .map((p) => (
                  <circle
                    key={p.at}
                    cx={x(new Date(p.at).getTime())}
                    cy={y(p.value!)}
                    r="3"
                    className="fill-brand-600"
                  />
                ))
            : null}
          <text x={PAD.left} y={HEIGHT - 6} className="fill-slate-500 text-[11px]">
            {timeLabel.format(t0)}
          </text>
          <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="fill-slate-500 text-[11px]">
            {timeLabel.format(t1)} UTC
          </text>
        </svg>
      )}
    </figure>
  );
}
