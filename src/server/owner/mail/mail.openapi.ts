import { z } from 'zod';
import { MAIL_STATUSES } from '@/lib/domain/owner/mail';
import type { ApiOperation } from '@/server/shared/openapi/operation';
import { listOutboxQuery, mailIdParams } from './list-outbox';

const TAG = 'Owner: outbox';

const mailSchema = z.object({
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

export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/owner/outbox',
    summary:
      'Every outbound mail (recipient, template, clinic, status, error, time) with its rendered text and HTML; without SMTP_URL mails wait here with status outbox',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    query: listOutboxQuery,
    response: z.array(mailSchema),
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/owner/outbox/{id}',
    summary: 'One recorded mail, rendered',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    params: mailIdParams,
    response: mailSchema,
    errors: [400, 401, 403, 404],
  },
];
