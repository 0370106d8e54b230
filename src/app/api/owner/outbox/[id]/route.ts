import { ownerRoute } from '@/server/owner/auth/owner-route';
import { getMail, mailIdParams } from '@/server/owner/mail/list-outbox';
import { mailSchema } from '@/server/owner/mail/mail.schema';

// GET /api/owner/outbox/:id — OWNER, SUPPORT: one recorded mail, rendered
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/outbox/{id}',
    summary: 'One recorded mail, rendered',
    tags: ['Owner: outbox'],
    params: mailIdParams,
    response: mailSchema,
  },
  async ({ db, params }) => getMail(db, params.id),
);
