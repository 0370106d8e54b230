import { z } from 'zod';
import { planLimitsSchema } from '@/server/owner/plans/plan.schema';

const timestamp = z.iso.datetime({ offset: true });

const usageCountsSchema = z.object({
  users: z.number().int().describe('Active user accounts.'),
  practices: z.number().int().describe('Practices that are not archived.'),
  patients: z.number().int().describe('Patients with status ACTIVE.'),
  storageBytes: z.number().int().describe("Bytes of files in the tenant's storage folder."),
  databaseBytes: z
    .number()
    .int()
    .nullable()
    .describe(
      "Size of the tenant's database (pg_database_size); null on rows stored before it was measured.",
    ),
  collectedAt: timestamp,
});

const usagePeriodSchema = usageCountsSchema.extend({
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
});

export const tenantUsageSchema = z.object({
  tenantId: z.uuid(),
  current: usageCountsSchema
    .nullable()
    .describe('Measured now; null when the tenant has no database (FAILED, PROVISIONING, DELETED).'),
  limits: planLimitsSchema.nullable().describe("The current plan's limits; null without a subscription."),
  periods: z
    .array(usagePeriodSchema)
    .describe('Per-month rows from tenant_usage, newest first (at most 24).'),
});
