import { z } from 'zod';

/** The billing overview as the owner API answers it (amounts in minor units). */
export const billingSummarySchema = z.object({
  currency: z.string(),
  mrrMinor: z.number().int(),
  arrMinor: z.number().int(),
  outstandingMinor: z.number().int(),
  overdueMinor: z.number().int(),
  churnedMrrThisMonthMinor: z.number().int(),
  activeSubscriptions: z.number().int(),
  months: z.array(
    z.object({ month: z.string(), invoicedMinor: z.number().int(), paidMinor: z.number().int() }),
  ),
});
