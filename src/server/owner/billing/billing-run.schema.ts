import { z } from 'zod';

export const billingRunBody = z
  .object({
    tenantIds: z.array(z.uuid()).max(1000).optional().describe('Only these clinics; default every clinic.'),
  })
  .strict();

export const billingRunResult = z.object({
  periodsClosed: z.number().int(),
  invoicesIssued: z.number().int(),
  remindersSent: z.number().int(),
  suspendedTenants: z.number().int(),
});
