/**
 * Clinic display formatting (money, quantities, weights, a patient's age); dates and times are in
 * `@/lib/format/dates`, always in the practice's zone.
 */

export function formatQuantity(quantity: number, unit?: string): string {
  const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(quantity);
  if (!unit) return number;
  return `${number} ${quantity === 1 ? unit : pluralUnit(unit)}`;
}

function pluralUnit(unit: string): string {
  if (/^(ml|l|mg|g|kg|µg|mcg)$/i.test(unit) || unit.endsWith('s')) return unit;
  return `${unit}s`;
}

export function formatWeight(kg: number): string {
  return kg < 1
    ? `${Math.round(kg * 1000)} g`
    : `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(kg)} kg`;
}

/** "3 y 2 m", "5 m", "12 d" from a date of birth. */
export function formatAge(dateOfBirth: string | null, now = new Date()): string | null {
  if (!dateOfBirth) return null;
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  let months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
  if (now.getUTCDate() < d) months--;
  if (months < 1) return `${Math.max(0, Math.floor((now.getTime() - Date.UTC(y, m - 1, d)) / 86_400_000))} d`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `${rest} m`;
  return rest ? `${years} y ${rest} m` : `${years} y`;
}
