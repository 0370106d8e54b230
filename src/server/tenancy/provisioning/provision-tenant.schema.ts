import { z } from 'zod';
import { emailSchema, text } from '@/server/shared/validation';
import { TENANT_FIELD_LIMITS as L } from '@/lib/field-limits';
import { slugSchema } from '@/lib/identifiers';

export const domainSchema = text()
  .trim()
  .toLowerCase()
  .max(L.domain.max)
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/,
    'Enter a host name such as clinic.example.com (no scheme, port or path).',
  );

export const tenantAdminSchema = z.object({
  email: emailSchema,
  name: text().trim().min(1, 'Enter a name.').max(L.adminName.max),
  password: text().min(L.password.min, `Use at least ${L.password.min} characters.`).max(L.password.max),
});

export const provisionTenantInput = z.object({
  name: text().trim().min(L.name.min, `Enter at least ${L.name.min} characters.`).max(L.name.max),
  slug: slugSchema,
  planCode: text().trim().min(1).max(40).optional(),
  domains: z.array(domainSchema).max(20).optional(),
  practiceName: text().trim().min(1).max(L.practiceName.max).optional(),
  admin: tenantAdminSchema,
  serverId: z
    .uuid('Enter a database server id.')
    .optional()
    .describe('The database server to place it on; default: the ACTIVE server with the most free capacity.'),
});

export type ProvisionTenantInput = z.input<typeof provisionTenantInput>;

/** The same input with the first admin's password already hashed (argon2id): what self sign-up keeps meanwhile. */
export const preparedTenantInput = provisionTenantInput.extend({
  admin: tenantAdminSchema.omit({ password: true }).extend({ passwordHash: z.string().min(1) }),
});

export type PreparedTenantInput = z.input<typeof preparedTenantInput>;
