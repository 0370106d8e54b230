import type { CSSProperties } from 'react';
import type { ResolvedTenant } from '@/server/tenancy/routing/resolve-tenant';

/**
 * Turns a tenant's branding into safe presentation values. Colours must be hex (anything else could smuggle CSS
 * into a style attribute); logos must be http(s) or same-origin paths.
 */

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export type BrandView = {
  name: string;
  initials: string;
  logoUrl: string | null;
  style: CSSProperties | undefined;
};

export function brandView(tenant: Pick<ResolvedTenant, 'name' | 'branding'>): BrandView {
  const name = tenant.branding.displayName?.trim() || tenant.name;
  const colour = tenant.branding.primaryColor?.trim();
  const logo = tenant.branding.logoUrl?.trim();
  const logoUrl =
    logo && (/^https?:\/\//i.test(logo) || (logo.startsWith('/') && !logo.startsWith('//'))) ? logo : null;
  return {
    name,
    initials: initialsOf(name),
    logoUrl,
    style: colour && HEX.test(colour) ? brandPalette(colour) : undefined,
  };
}

function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w));
  return (words.length > 1 ? `${words[0]![0]}${words[1]![0]}` : name.slice(0, 2)).toUpperCase();
}

/**
 * The design system colours actions with `--color-brand-*`; overriding those variables on the shell re-skins every
 * component below it. Shades are mixed from the one colour the owner picked, with white (light) and black (dark).
 */
function brandPalette(colour: string): CSSProperties {
  const mix = (other: 'white' | 'black', percent: number) =>
    `color-mix(in oklab, ${colour} ${percent}%, ${other})`;
  return {
    '--color-brand-50': mix('white', 8),
    '--color-brand-100': mix('white', 16),
    '--color-brand-200': mix('white', 32),
    '--color-brand-300': mix('white', 52),
    '--color-brand-400': mix('white', 75),
    '--color-brand-500': mix('white', 90),
    '--color-brand-600': colour,
    '--color-brand-700': mix('black', 85),
    '--color-brand-800': mix('black', 70),
    '--color-brand-900': mix('black', 55),
  } as CSSProperties;
}
