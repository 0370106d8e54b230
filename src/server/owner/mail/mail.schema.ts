import { z } from 'zod';
import { MAIL_STATUSES } from '@/server/owner/db/schema';

/** One recorded mail as the owner outbox answers it, rendered. */
export const mailSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid().nullable(),
  tenantSlug: z.string().nullable(),
  recipient: z.string(),
  template: z.string(),
  subject: z.string(),
  status: z.enum(MAIL_STATUSES),
  error: z.string().nullable(),
  attempts: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
  text: z.string(),
  html: z.string(),
});
