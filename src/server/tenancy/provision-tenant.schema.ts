import { z } from 'zod';
import { emailSchema } from '@/server/shared/validation';
import { TENANT_FIELD_LIMITS as L } from '@/lib/field-limits';
import { slugSchema } from './identifiers';

export const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(L.domain.max)
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/,
    'Enter a host name such as clinic.example.com (no scheme, port or path).',
  );

export const tenantAdminSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'Enter a name.').max(L.adminName.max),
  password: z.string().min(L.password.min, `Use at least ${L.password.min} characters.`).max(L.password.max),
});

export const provisionTenantInput = z.object({
  name: z.string().trim().min(L.name.min, `Enter at least ${L.name.min} characters.`).max(L.name.max),
  slug: slugSchema,
  planCode: z.string().trim().min(1).max(40).optional(),
  domains: z.array(domainSchema).max(20).optional(),
  practiceName: z.string().trim().min(1).max(L.practiceName.max).optional(),
  admin: tenantAdminSchema,
});

export type ProvisionTenantInput = z.input<typeof provisionTenantInput>;
