/** Formats integer minor units for people: 123456 USD → "1,234.56 USD". Currencies here all have 2 decimals. */
export function formatMoney(minor: number, currency: string): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')} ${currency}`;
}

/** Tax on a subtotal at a rate in basis points, rounded half up to the minor unit (never negative). */
export function taxOn(subtotalMinor: number, rateBp: number): number {
  if (subtotalMinor <= 0 || rateBp <= 0) return 0;
  return Math.round((subtotalMinor * rateBp) / 10_000);
}

export const percentToBp = (percent: number) => Math.round(percent * 100);
