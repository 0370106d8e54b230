/** Nearest-rank percentile of a sample (p in 0..100); NaN for an empty sample. */
export function percentile(sample: number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function mean(sample: number[]): number {
  return sample.length === 0 ? Number.NaN : sample.reduce((a, b) => a + b, 0) / sample.length;
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : '-');
export const seconds = (valueMs: number) => `${(valueMs / 1000).toFixed(2)} s`;
