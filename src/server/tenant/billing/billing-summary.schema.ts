import { z } from 'zod';

/** GET /api/billing/summary: what the Plan & billing page and the admin banner show. */
export const clinicBillingSummarySchema = z.object({
  subscription: z
    .object({
      planCode: z.string(),
      planName: z.string(),
      priceMinor: z.number().int(),
      currency: z.string(),
      interval: z.enum(['MONTH', 'YEAR']),
      status: z.enum(['TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELED']),
      currentPeriodStart: z.string(),
      currentPeriodEnd: z.string(),
      trialEndsAt: z.string().nullable(),
      trialDaysLeft: z.number().int().nullable(),
      cancelAtPeriodEnd: z.boolean(),
    })
    .nullable(),
  balanceDueMinor: z.number().int(),
  currency: z.string(),
  overdueInvoices: z.array(
    z.object({
      id: z.uuid(),
      number: z.string().nullable(),
      dueAt: z.string(),
      balanceMinor: z.number().int(),
    }),
  ),
});
