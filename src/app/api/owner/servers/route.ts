import { ownerRoute } from '@/server/owner/auth/owner-route';
import { createServer } from '@/server/owner/servers/create-server';
import { listServers } from '@/server/owner/servers/list-servers';
import { createServerBody, serverViewSchema } from '@/server/owner/servers/server.schema';

const TAG = 'Owner: database servers';

// GET /api/owner/servers — OWNER, SUPPORT: every database server with clinics, bytes, connections and status
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/servers',
    summary: 'List database servers with their clinics, database bytes, connections and status',
    tags: [TAG],
    response: serverViewSchema.array(),
  },
  async ({ db }) => listServers(db),
);

// POST /api/owner/servers — OWNER: register a server after testing its connection and admin rights
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/servers',
    summary:
      'Register a PostgreSQL server for clinic databases; its connection and admin rights are tested first (422 names what failed)',
    tags: [TAG],
    body: createServerBody,
    response: serverViewSchema,
    status: 201,
    errors: [
      'SERVER_NAME_TAKEN',
      'SERVER_EXISTS',
      'SERVER_TEMPLATE_FAILED',
      'SERVER_UNREACHABLE',
      'SERVER_AUTH_FAILED',
      'SERVER_ADMIN_RIGHTS',
      'POOLER_UNREACHABLE',
    ],
  },
  async ({ db, body, user, meta }) => createServer(db, { input: body, context: { actor: user, meta } }),
);
