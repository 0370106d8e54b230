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
  })
  .strict();

export type ChangeSubscriptionBody = z.output<typeof changeSubscriptionBody>;

export const subscriptionPeriodSchema = z.object({
  id: z.uuid(),
  planCode: text(),
  planName: text(),
  status: z.enum(SUBSCRIPTION_STATUSES),
  startedAt: timestamp,
  endedAt: timestamp.nullable().describe('null for the current period'),
  changedBy: z.object({ id: z.uuid(), email: text() }).nullable(),
});

export const subscriptionHistorySchema = z.object({
  current: subscriptionPeriodSchema.nullable(),
  history: z
    .array(subscriptionPeriodSchema)
    .describe('Every period, newest first (the current one included).'),
});
