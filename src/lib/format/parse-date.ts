/**
 * A calendar date a person typed, read the way the clinic app shows dates (day first, "3 Mar 2026"): returns
 * YYYY-MM-DD, or null when it is not a real date. Accepted: "2026-03-03" (ISO), "3/3/2026", "03.03.2026" and
 * "3-3-2026" (day, month, year), "3 Mar 2026" or "Tue 3 March 2026" (English month names, any case).
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function parseTypedDate(text: string): string | null {
  const value = text.trim().toLowerCase();
  let parts: [number, number, number] | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!parts && dayFirst) parts = [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])];
  const named = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/.exec(value);
  if (!parts && named) {
    const month = MONTHS.indexOf(named[2]!.slice(0, 3)) + 1;
    if (month > 0) parts = [Number(named[3]), month, Number(named[1])];
  }
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 Feb over into March: a real date comes back with the same parts.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
