import type { ReactNode } from 'react';

/**
 * The pieces the console's plain-SVG charts share (usage bars, health time series): the nice axis maximum, the
 * image frame with its text description, the value gridlines and a dashed reference level.
 */

export const CHART_WIDTH = 560;

type ChartPad = { top: number; right: number; bottom: number; left: number };

/**
 * "Nice" axis maximum: 1, 2, 4, 6 or 8 times a power of ten, at least `value`, so the middle gridline is a round
 * number too. With `binary`, the power of ten is taken within the byte unit (KB, MB, GB …), so a storage axis
 * reads 0 / 512 KB / 1 MB rather than 0 / 977 KB / 1.9 MB.
 */
export function niceMax(value: number, binary = false): number {
  if (value <= 0) return 1;
  let unit = 1;
  if (binary) while (value / unit >= 1024) unit *= 1024;
  const scaled = value / unit;
  const power = 10 ** Math.floor(Math.log10(scaled));
  for (const step of [1, 2, 4, 6, 8, 10]) if (step * power >= scaled) return step * power * unit;
  return 10 * power * unit;
}

/** The chart as an image: its title and a sentence describing the data, both read by screen readers. */
export function ChartImage({
  title,
  description,
  height,
  children,
}: {
  title: string;
  description: string;
  height: number;
  children: ReactNode;
}) {
  const id = `chart-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <svg
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      className="h-auto w-full"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {children}
    </svg>
  );
}

/** Gridlines at 0, half and the maximum, each labelled on the left. */
export function ValueGridlines({
  max,
  pad,
  y,
  format,
}: {
  max: number;
  pad: ChartPad;
  y: (value: number) => number;
  format: (value: number) => string;
}) {
  return [0, 0.5, 1].map((fraction) => (
    <g key={fraction}>
      <line
        x1={pad.left}
        x2={CHART_WIDTH - pad.right}
        y1={y(max * fraction)}
        y2={y(max * fraction)}
        className="stroke-slate-200"
        strokeWidth="1"
      />
      <text
        x={pad.left - 8}
        y={y(max * fraction)}
        dy="0.32em"
        textAnchor="end"
        className="fill-slate-500 text-[11px]"
      >
        {format(max * fraction)}
      </text>
    </g>
  ));
}

/** A dashed level across the plot (a plan limit, an alert threshold), labelled at the right end. */
export function DashedLevel({ at, pad, label }: { at: number; pad: ChartPad; label: string }) {
  return (
    <g>
      <line
        x1={pad.left}
        x2={CHART_WIDTH - pad.right}
        y1={at}
        y2={at}
        className="stroke-red-500"
        strokeWidth="1.5"
        strokeDasharray="5 4"
      />
      <text x={CHART_WIDTH - pad.right} y={at - 4} textAnchor="end" className="fill-red-600 text-[11px]">
        {label}
      </text>
    </g>
  );
}
