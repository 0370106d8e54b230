import { z } from 'zod';
import { domainSchema } from '@/server/tenancy/provisioning/provision-tenant.schema';

export const addDomainBody = z.object({
  domain: domainSchema,
  isPrimary: z
    .boolean()
    .optional()
    .describe("Make it the tenant's primary domain. Default: only when it is the tenant's first domain."),
});

/** The domain in the path is normalised like a body domain; anything that is not a host name is a 404. */
export const domainParams = z.object({ id: z.uuid(), domain: domainSchema });

export type AddDomainBody = z.output<typeof addDomainBody>;

/** Only `isPrimary: true` is meaningful: a tenant always keeps a primary while it has domains. */
export const updateDomainBody = z.object({ isPrimary: z.literal(true) });
