/** Display of health figures (the API returns raw numbers). */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

export function formatRate(rate: number): string {
  return rate === 0 ? '0 %' : `${(rate * 100).toFixed(rate < 0.01 ? 2 : 1)} %`;
}

export function formatPerMinute(value: number): string {
  return value >= 10 ? String(Math.round(value)) : value.toFixed(1);
}
