import { withOwner } from '@/server/owner/auth/with-owner';
import { getMail, mailIdParams } from '@/server/owner/mail/list-outbox';
import { readParams } from '@/server/shared/http/request';

type Params = { id: string };

// GET /api/owner/outbox/:id — OWNER, SUPPORT: one recorded mail, rendered
export const GET = withOwner<Params>(async ({ db, params }) =>
  getMail(db, readParams(params, mailIdParams).id),
);
