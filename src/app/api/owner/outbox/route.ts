import { z } from 'zod';
import { ownerRoute } from '@/server/owner/auth/owner-route';
import { listOutbox, listOutboxQuery } from '@/server/owner/mail/list-outbox';
import { mailSchema } from '@/server/owner/mail/mail.schema';

// GET /api/owner/outbox — OWNER, SUPPORT: every recorded mail with its rendered text and HTML, newest first (filters: status, recipient, before)
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/outbox',
    summary:
      'Every outbound mail (recipient, template, clinic, status, error, time) with its rendered text and HTML; without SMTP_URL mails wait here with status outbox',
    tags: ['Owner: outbox'],
    query: listOutboxQuery,
    response: z.array(mailSchema),
  },
  async ({ db, query }) => listOutbox(db, query),
);
