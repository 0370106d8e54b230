import { z } from 'zod';
import { text } from '@/server/shared/validation';
import { provisionTenantInput } from '@/server/tenancy/provisioning/provision-tenant.schema';

/** POST /api/owner/tenants: the provisioning input; unknown keys are refused rather than silently ignored. */
export const createTenantBody = provisionTenantInput
  .extend({
    planCode: provisionTenantInput.shape.planCode.describe('Default: the defaultPlanCode setting.'),
    domains: provisionTenantInput.shape.domains.describe(
      'Custom domains; the first becomes the primary domain.',
    ),
  })
  .strict();

export type CreateTenantBody = z.output<typeof createTenantBody>;

export const deleteTenantBody = z.object({
  confirm: text().describe("The tenant's slug, typed again: deletion drops the tenant's database."),
  confirmWithoutBackup: text()
    .optional()
    .describe(
      'Only after the final (pre-delete) backup failed: the slug typed a second time, to delete without that backup (audited).',
    ),
});
