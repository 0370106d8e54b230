import { ownerRoute } from '@/server/owner/auth/owner-route';
import { serverIdParams, serverViewSchema, updateServerBody } from '@/server/owner/servers/server.schema';
import { updateServer } from '@/server/owner/servers/update-server';

// PATCH /api/owner/servers/:id — OWNER: status (ACTIVE, DRAINING, OFFLINE), capacity, name, credentials, pooler
export const PATCH = ownerRoute(
  {
    method: 'patch',
    path: '/api/owner/servers/{id}',
    summary:
      "Change a server's status (ACTIVE, DRAINING, OFFLINE), capacity, name, admin credentials or pooler",
    tags: ['Owner: database servers'],
    params: serverIdParams,
    body: updateServerBody,
    response: serverViewSchema,
    errors: [
      'PRIMARY_SERVER_FROM_ENV',
      'SERVER_NAME_TAKEN',
      'SERVER_UNREACHABLE',
      'SERVER_AUTH_FAILED',
      'SERVER_ADMIN_RIGHTS',
      'POOLER_UNREACHABLE',
    ],
  },
  async ({ db, params, body, user, meta }) =>
    updateServer(db, { id: params.id, input: body, context: { actor: user, meta } }),
);
