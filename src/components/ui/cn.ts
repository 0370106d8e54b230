/** Joins class names, skipping falsy values (enough for our components; no dependency needed). */
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ');
}

/** Shared keyboard focus ring: visible on keyboard focus only, never removed. */
export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600';
