import { z } from 'zod';
import {
  provisionTenantInput,
  tenantAdminSchema,
} from '@/server/tenancy/provisioning/provision-tenant.schema';

/** POST /api/signup: a clinic signing itself up (no plan or domains: it gets the default plan and its slug host). */
export const signUpBody = z.strictObject({
  clinicName: provisionTenantInput.shape.name,
  slug: provisionTenantInput.shape.slug,
  name: tenantAdminSchema.shape.name.describe("The first administrator's full name."),
  email: tenantAdminSchema.shape.email,
  password: tenantAdminSchema.shape.password,
});
export type SignUpBody = z.output<typeof signUpBody>;

export const signUpResponse = z.object({
  slug: z.string(),
  siteUrl: z.string().describe("The new clinic's address; its administrator signs in there."),
});
