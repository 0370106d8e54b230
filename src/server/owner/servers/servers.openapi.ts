import type { ApiOperation } from '@/server/shared/openapi/operation';
import { createServerBody, serverIdParams, serverViewSchema, updateServerBody } from './server.schema';

const TAG = 'Owner: database servers';

/** The database server registry of the owner API, for /api/openapi.json (owner host only). */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/owner/servers',
    summary: 'List database servers with their clinics, database bytes, connections and status',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    response: serverViewSchema.array(),
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/api/owner/servers',
    summary:
      'Register a PostgreSQL server for clinic databases; its connection and admin rights are tested first (422 names what failed)',
    tags: [TAG],
    auth: 'OWNER',
    body: createServerBody,
    response: serverViewSchema,
    successStatus: 201,
    errors: [400, 401, 403, 409, 422],
  },
  {
    method: 'patch',
    path: '/api/owner/servers/{id}',
    summary:
      "Change a server's status (ACTIVE, DRAINING, OFFLINE), capacity, name, admin credentials or pooler",
    tags: [TAG],
    auth: 'OWNER',
    params: serverIdParams,
    body: updateServerBody,
    response: serverViewSchema,
    errors: [400, 401, 403, 404, 409, 422],
  },
];
