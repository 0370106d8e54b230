import { z } from 'zod';
import { emailSchema, text } from '@/server/shared/validation';
import { slugSchema } from './identifiers';

export const domainSchema = text()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/,
    'Enter a host name such as clinic.example.com (no scheme, port or path).',
  );

export const tenantAdminSchema = z.object({
  email: emailSchema,
  name: text().trim().min(1, 'Enter a name.').max(200),
  password: text().min(10, 'Use at least 10 characters.').max(200),
});

export const provisionTenantInput = z.object({
  name: text().trim().min(2, 'Enter at least 2 characters.').max(120),
  slug: slugSchema,
  planCode: text().trim().min(1).max(40).optional(),
  domains: z.array(domainSchema).max(20).optional(),
  practiceName: text().trim().min(1).max(200).optional(),
  admin: tenantAdminSchema,
  serverId: z
    .uuid('Enter a database server id.')
    .optional()
    .describe('The database server to place it on; default: the ACTIVE server with the most free capacity.'),
});

export type ProvisionTenantInput = z.input<typeof provisionTenantInput>;
