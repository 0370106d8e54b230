import { withOwner } from '@/server/owner/auth/with-owner';
import { listOutbox, listOutboxQuery } from '@/server/owner/mail/list-outbox';
import { readQuery } from '@/server/shared/http/request';

// GET /api/owner/outbox — OWNER, SUPPORT: every recorded mail with its rendered text and HTML, newest first (filters: status, recipient, before)
export const GET = withOwner(async ({ req, db }) => listOutbox(db, readQuery(req, listOutboxQuery)));
