import { z } from 'zod';
import { text } from '@/server/shared/validation';

const limit = z.number().int().nullable().describe('null: no limit on this plan.');
const quantity = (what: string) => z.object({ used: z.number().int(), limit }).describe(what);

/** GET /api/plan: the clinic's plan and how much of each limit it uses. */
export const planUsageSchema = z.object({
  plan: z
    .object({ code: text(), name: text() })
    .nullable()
    .describe('null when the clinic has no current subscription (then nothing is limited).'),
  users: quantity('Active staff accounts.'),
  practices: quantity('Practices that are not archived.'),
  patients: quantity('ACTIVE patients.'),
  storageBytes: quantity('Bytes of stored files.'),
});

export type PlanUsage = z.output<typeof planUsageSchema>;
