import { z } from 'zod';
import { text } from '@/server/shared/validation';
import { paginationQuery } from '@/server/shared/http/pagination';
import { tenantStatusSchema } from './tenant.schema';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

export const listTenantsQuery = paginationQuery.extend({
  q: text()
    .trim()
    .max(L.tenantSearch.max)
    .optional()
    .describe('Matches name, slug or any domain (case-insensitive substring).'),
  status: z
    .union([tenantStatusSchema, z.array(tenantStatusSchema).max(5)])
    .optional()
    .describe('One or more statuses (repeat the parameter). Default: every status but DELETED.'),
  plan: text().trim().max(40).optional().describe('Code of the current plan, e.g. basic.'),
});

export type ListTenantsQuery = z.output<typeof listTenantsQuery>;
