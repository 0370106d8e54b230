import { z } from 'zod';
import { text } from '@/server/shared/validation';
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
  status: z.literal('PENDING_VERIFICATION'),
  slug: z.string(),
  email: z.string().describe('Where the confirmation link was sent.'),
  expiresAt: z.iso.datetime({ offset: true }).describe('The link works once, until then.'),
  message: z.string(),
});
export type SignUpResponse = z.output<typeof signUpResponse>;

/** POST /api/signup/verify: the token from the mailed link (`/signup/verify?token=…`). */
export const verifySignUpBody = z.strictObject({
  token: text().min(1, 'Open the link from the e-mail.').max(200, 'This link is not valid.'),
});
export type VerifySignUpBody = z.output<typeof verifySignUpBody>;

export const verifySignUpResponse = z.object({
  slug: z.string(),
  siteUrl: z.string().describe("The new clinic's address; its administrator signs in there."),
});
export type VerifySignUpResponse = z.output<typeof verifySignUpResponse>;
