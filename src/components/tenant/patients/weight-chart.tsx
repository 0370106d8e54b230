import { formatWeight } from '../format';
import { formatDate } from '@/lib/format/dates';
import { type WeightView } from '@/server/tenant/pages/view-types';
import { formatKgTick, weightTicks } from './weight-axis';

const W = 320;
const H = 150;
// Room for the kg labels on the left and the dates underneath.
const PLOT = { left: 36, right: 12, top: 14, bottom: 28 };

/**
 * The weight history (oldest → newest) as a line chart with a kg axis and the first and last dates on the time
 * axis (in the practice's zone), plus the latest points as an accessible table.
 */
export function WeightChart({ weights, timeZone }: { weights: WeightView[]; timeZone: string }) {
  const points = [...weights].sort((a, b) => Date.parse(a.measuredAt) - Date.parse(b.measuredAt));
  if (points.length === 0) return <p className="px-5 py-4 text-sm text-slate-500">No weight recorded yet.</p>;
  const ticks = weightTicks(points.map((p) => p.weightKg));
  const lo = ticks[0]!;
  const hi = ticks.at(-1)!;
  const first = Date.parse(points[0]!.measuredAt);
  const last = Date.parse(points.at(-1)!.measuredAt);
  const width = W - PLOT.left - PLOT.right;
  const height = H - PLOT.top - PLOT.bottom;
  const bottom = PLOT.top + height;
  const x = (at: number) =>
    last === first ? PLOT.left + width / 2 : PLOT.left + ((at - first) / (last - first)) * width;
  const y = (kg: number) => bottom - ((kg - lo) / (hi - lo)) * height;
  const dates = last === first ? [first] : [first, last];

  return (
    <div className="px-5 py-4">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="w-full"
        role="img"
        aria-label={`Weight in kg from ${formatWeight(points[0]!.weightKg)} on ${formatDate(points[0]!.measuredAt, timeZone)} to ${formatWeight(points.at(-1)!.weightKg)} on ${formatDate(points.at(-1)!.measuredAt, timeZone)}`}
        data-testid="weight-chart"
      >
        <text x={4} y={8} className="fill-slate-500 text-[9px]" data-testid="weight-axis-unit">
          kg
        </text>
        {ticks.map((tick) => (
          <g key={tick} data-testid="weight-axis-tick">
            <line
              x1={PLOT.left}
              x2={W - PLOT.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke="#e2e8f0"
              strokeWidth="1"
            />
            <text
              x={PLOT.left - 5}
              y={y(tick) + 3}
              textAnchor="end"
              className="fill-slate-500 text-[9px] tabular-nums"
            >
              {formatKgTick(tick)}
            </text>
          </g>
        ))}
        <line x1={PLOT.left} x2={PLOT.left} y1={PLOT.top} y2={bottom} stroke="#94a3b8" strokeWidth="1" />
        <line x1={PLOT.left} x2={W - PLOT.right} y1={bottom} y2={bottom} stroke="#94a3b8" strokeWidth="1" />
        {dates.map((at, i) => (
          <text
            key={at}
            x={x(at)}
            y={H - 8}
            // The first date starts at the axis and the last ends at the edge, so neither is clipped.
            textAnchor={dates.length === 1 ? 'middle' : i === 0 ? 'start' : 'end'}
            className="fill-slate-500 text-[9px]"
            data-testid="weight-axis-date"
          >
            {formatDate(new Date(at), timeZone)}
          </text>
        ))}
        <polyline
          fill="none"
          stroke="var(--color-brand-600)"
          strokeWidth="2"
          points={points.map((p) => `${x(Date.parse(p.measuredAt))},${y(p.weightKg)}`).join(' ')}
        />
        {points.map((p) => (
          <circle
            key={p.id}
            cx={x(Date.parse(p.measuredAt))}
            cy={y(p.weightKg)}
            r="3"
            fill="var(--color-brand-600)"
          >
            <title>{`${formatWeight(p.weightKg)} · ${formatDate(p.measuredAt, timeZone)}`}</title>
          </circle>
        ))}
      </svg>
      <table className="mt-2 w-full text-sm">
        <caption className="sr-only">Weight history</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {[...points]
            .reverse()
            .slice(0, 6)
            .map((p) => (
              <tr key={p.id}>
                <td className="py-1 text-slate-500">{formatDate(p.measuredAt, timeZone)}</td>
                <td className="py-1 text-right font-medium text-slate-900">{formatWeight(p.weightKg)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
