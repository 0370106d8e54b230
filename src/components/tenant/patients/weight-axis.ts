/**
 * Round tick values for the weight chart's kg axis: 2–4 steps of 1, 2 or 5 × a power of ten that cover the
 * measured range (a single weight, or weights all the same, get a small band around it).
 */
export function weightTicks(values: number[]): number[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || Math.max(max * 0.1, 0.01);
  const raw = span / 3;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  let lo = Math.floor(min / step) * step;
  let hi = Math.ceil(max / step) * step;
  if (hi === lo) {
    lo = Math.max(0, lo - step);
    hi += step;
  }
  const ticks: number[] = [];
  // Rounded to the step's decimals so 0.1 + 0.2 prints as 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toFixed(decimals)));
  return ticks;
}

/** A tick's label, in kg with only the decimals the step needs ("12", "12.5", "0.25"). */
export function formatKgTick(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
}
