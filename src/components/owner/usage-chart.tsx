import { CHART_WIDTH as WIDTH, ChartImage, DashedLevel, niceMax, ValueGridlines } from './chart-parts';

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

const HEIGHT = 200;
const PAD = { top: 16, right: 12, bottom: 28, left: 52 };

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

  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-semibold text-slate-900">{title}</figcaption>
      <ChartImage title={title} description={description} height={HEIGHT}>
        <ValueGridlines max={max} pad={PAD} y={y} format={format} />
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
          <DashedLevel at={y(limit)} pad={PAD} label={`Plan limit ${format(limit)}`} />
        ) : null}
      </ChartImage>
    </figure>
  );
}
