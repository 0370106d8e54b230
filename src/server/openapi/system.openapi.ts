import { z } from 'zod';
import type { ApiOperation } from '@/server/shared/openapi/operation';

/** Operations that belong to neither plane: served on every host. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness: 200 when the owner database answers, 503 when it does not',
    tags: ['System'],
    auth: 'public',
    response: z.object({ status: z.literal('ok'), ownerDatabase: z.literal('up') }),
    errors: [503],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This OpenAPI 3.1 document (the owner API is included only on the owner host)',
    tags: ['System'],
    auth: 'public',
    successStatus: 200,
  },
];
