type Point = { label: string; value: number };

type Props = {
  title: string;
  points: Point[];
  /** The plan's limit, drawn as a dashed line when set. */
  limit?: number | null;
  format: (value: number) => string;
  /** The smallest axis maximum, so tiny values do not produce a 0 / 0.5 / 1 axis of repeated rounded labels. */
  minAxis?: number;
  /** Byte values: round the axis in 1024-based units. */
  binary?: boolean;
};

const WIDTH = 560;
const HEIGHT = 200;
const PAD = { top: 16, right: 12, bottom: 28, left: 52 };

/**
 * "Nice" axis maximum: 1, 2, 4, 6 or 8 times a power of ten, at least `value`, so the middle gridline is a round
 * number too. With `binary`, the power of ten is taken within the byte unit (KB, MB, GB …), so a storage axis
 * reads 0 / 512 KB / 1 MB rather than 0 / 977 KB / 1.9 MB.
 */
function niceMax(value: number, binary: boolean): number {
  if (value <= 0) return 1;
  let unit = 1;
  if (binary) while (value / unit >= 1024) unit *= 1024;
  const scaled = value / unit;
  const power = 10 ** Math.floor(Math.log10(scaled));
  for (const step of [1, 2, 4, 6, 8, 10]) if (step * power >= scaled) return step * power * unit;
  return 10 * power * unit;
}

/**
 * A bar chart in plain SVG (no chart library): one bar per period, oldest on the left, with the plan limit as a
 * dashed line. It is an image with a text description for screen readers; the table beside it holds the numbers.
 */
export function UsageChart({ title, points, limit, format, minAxis = 4, binary = false }: Props) {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const peak = Math.max(0, ...points.map((p) => p.value));
  const max = niceMax(Math.max(peak, minAxis, limit && limit <= peak * 2 ? limit : 0), binary);
  const slot = plotW / Math.max(points.length, 1);
  const barW = Math.min(40, slot * 0.6);
  const y = (value: number) => PAD.top + plotH - (value / max) * plotH;
  const latest = points[points.length - 1];
  const description = points.length
    ? `${points.length} period${points.length === 1 ? '' : 's'}; latest ${latest!.label}: ${format(latest!.value)}; highest ${format(peak)}${limit != null ? `; plan limit ${format(limit)}` : ''}.`
    : 'No data yet.';
  const titleId = `chart-${title.replace(/\W+/g, '-').toLowerCase()}`;

  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-semibold text-slate-900">{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId}-t ${titleId}-d`}
        className="h-auto w-full"
      >
        <title id={`${titleId}-t`}>{title}</title>
        <desc id={`${titleId}-d`}>{description}</desc>
        {[0, 0.5, 1].map((fraction) => (
          <g key={fraction}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(max * fraction)}
              y2={y(max * fraction)}
              className="stroke-slate-200"
              strokeWidth="1"
            />
            <text
              x={PAD.left - 8}
              y={y(max * fraction)}
              dy="0.32em"
              textAnchor="end"
              className="fill-slate-500 text-[11px]"
            >
              {format(max * fraction)}
            </text>
          </g>
        ))}
        {points.map((point, index) => {
          const x = PAD.left + slot * index + (slot - barW) / 2;
          const top = y(point.value);
          return (
            <g key={point.label}>
              <rect
                x={x}
                y={top}
                width={barW}
                height={Math.max(PAD.top + plotH - top, point.value > 0 ? 1 : 0)}
                rx="3"
                className="fill-brand-500"
              >
                <title>{`${point.label}: ${format(point.value)}`}</title>
              </rect>
              <text
                x={x + barW / 2}
                y={HEIGHT - 8}
                textAnchor="middle"
                className="fill-slate-500 text-[11px]"
              >
                {point.label}
              </text>
            </g>
          );
        })}
        {limit != null && limit <= max ? (
          <g>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(limit)}
              y2={y(limit)}
              className="stroke-red-500"
              strokeWidth="1.5"
              strokeDasharray="5 4"
            />
            <text
              x={WIDTH - PAD.right}
              y={y(limit) - 4}
              textAnchor="end"
              className="fill-red-600 text-[11px]"
            >
              Plan limit {format(limit)}
            </text>
          </g>
        ) : null}
      </svg>
    </figure>
  );
}
