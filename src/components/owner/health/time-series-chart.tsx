import { formatShortDateTime } from '@/lib/format/dates';
import { CHART_WIDTH as WIDTH, ChartImage, DashedLevel, niceMax, ValueGridlines } from '../chart-parts';

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

const HEIGHT = 180;
const PAD = { top: 14, right: 12, bottom: 26, left: 56 };

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
        <ChartImage title={title} description={description} height={HEIGHT}>
          <ValueGridlines max={max} pad={PAD} y={y} format={format} />
          {threshold && threshold.value <= max ? (
            <DashedLevel at={y(threshold.value)} pad={PAD} label={threshold.label} />
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
            {formatShortDateTime(t0)}
          </text>
          <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="fill-slate-500 text-[11px]">
            {formatShortDateTime(t1)} UTC
          </text>
        </ChartImage>
      )}
    </figure>
  );
}
