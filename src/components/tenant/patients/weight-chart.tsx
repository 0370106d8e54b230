import { formatWeight } from '../format';
import { formatDate } from '@/lib/format/dates';
import { type WeightView } from '@/server/tenant/pages/view-types';

/** A small line chart of the weight history (oldest → newest) with the points as an accessible table. */
export function WeightChart({ weights, timeZone }: { weights: WeightView[]; timeZone: string }) {
  const points = [...weights].sort((a, b) => Date.parse(a.measuredAt) - Date.parse(b.measuredAt));
  if (points.length === 0) return <p className="px-5 py-4 text-sm text-slate-500">No weight recorded yet.</p>;
  const W = 320;
  const H = 90;
  const min = Math.min(...points.map((p) => p.weightKg));
  const max = Math.max(...points.map((p) => p.weightKg));
  const span = max - min || max * 0.1 || 1;
  const first = Date.parse(points[0]!.measuredAt);
  const last = Date.parse(points.at(-1)!.measuredAt);
  const x = (p: WeightView) =>
    points.length === 1 || last === first
      ? W / 2
      : 8 + ((Date.parse(p.measuredAt) - first) / (last - first)) * (W - 16);
  const y = (p: WeightView) => H - 10 - ((p.weightKg - min) / span) * (H - 20);
  return (
    <div className="px-5 py-4">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-24 w-full"
        role="img"
        aria-label={`Weight from ${formatWeight(points[0]!.weightKg)} to ${formatWeight(points.at(-1)!.weightKg)}`}
      >
        <polyline
          fill="none"
          stroke="var(--color-brand-600)"
          strokeWidth="2"
          points={points.map((p) => `${x(p)},${y(p)}`).join(' ')}
        />
        {points.map((p) => (
          <circle key={p.id} cx={x(p)} cy={y(p)} r="3" fill="var(--color-brand-600)" />
        ))}
      </svg>
      <table className="mt-2 w-full text-sm">
        <caption className="sr-only">Weight history</caption>
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
