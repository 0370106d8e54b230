import { z } from 'zod';
import { text } from '@/server/shared/validation';
import { SUBSCRIPTION_STATUSES } from '@/server/owner/db/schema';
import { planCodeSchema } from '@/server/owner/plans/plan.schema';

const timestamp = z.iso.datetime({ offset: true });

export const changeSubscriptionBody = z
  .object({
    planCode: planCodeSchema,
    status: z
      .enum(SUBSCRIPTION_STATUSES)
      .optional()
      .describe('Default: the current status (ACTIVE for a first subscription).'),
    effective: z
      .enum(['now', 'period_end'])
      .optional()
      .describe(
        'Upgrades take effect now (prorated to the day). Downgrades default to period_end; "now" applies them at once with a prorated credit.',
      ),
    cancelAtPeriodEnd: z
      .boolean()
      .optional()
      .describe('Cancel when the current period ends (false undoes it).'),
  })
  .strict();

export type ChangeSubscriptionBody = z.output<typeof changeSubscriptionBody>;

const subscriptionPeriodSchema = z.object({
  id: z.uuid(),
  planCode: text(),
  planName: text(),
  status: z.enum(SUBSCRIPTION_STATUSES),
  startedAt: timestamp,
  endedAt: timestamp.nullable().describe('null for the current period'),
  changedBy: z.object({ id: z.uuid(), email: text() }).nullable(),
  currentPeriodStart: timestamp,
  currentPeriodEnd: timestamp,
  trialEndsAt: timestamp.nullable(),
  cancelAtPeriodEnd: z.boolean(),
  pendingPlanCode: text().nullable().describe('A downgrade waiting for the end of the period.'),
});

export const subscriptionHistorySchema = z.object({
  current: subscriptionPeriodSchema.nullable(),
  history: z
    .array(subscriptionPeriodSchema)
    .describe('Every period, newest first (the current one included).'),
});
