import { z } from 'zod';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';
import { text } from '@/server/shared/validation';

/**
 * Branding is shown on the tenant's pages, so it is restricted to values that cannot inject anything: a plain
 * display name, a #rrggbb colour and an https (or same-site relative) logo URL. `null` removes a value.
 */
const logoUrlSchema = text()
  .trim()
  .max(L.logoUrl.max)
  .refine((value) => {
    if (value.startsWith('/')) return !value.startsWith('//') && !value.includes('\\');
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return url.protocol === 'https:' && !url.username && !url.password;
  }, 'Use an https:// URL or a path on this site such as /logo.png.');

const brandingPatch = z
  .object({
    displayName: text()
      .trim()
      .min(1, 'Enter a name or send null to remove it.')
      .max(L.displayName.max)
      .nullable(),
    primaryColor: text()
      .trim()
      .regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour such as #1d4ed8.')
      .transform((v) => v.toLowerCase())
      .nullable(),
    logoUrl: logoUrlSchema.nullable(),
  })
  .partial()
  .strict();

export const updateTenantBody = z
  .object({
    name: text().trim().min(2, 'Enter at least 2 characters.').max(120),
    branding: brandingPatch.describe('Keys left out keep their value; null removes one.'),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field to change.');

export type UpdateTenantBody = z.output<typeof updateTenantBody>;
