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
    path: '/api/health/ready',
    summary:
      'Readiness: 200 when the owner database, the job workers and every database server with an ACTIVE clinic answer; 503 naming what is down',
    tags: ['System'],
    auth: 'public',
    response: z.object({
      ready: z.boolean(),
      ownerDatabase: z.enum(['up', 'down']),
      workers: z.enum(['up', 'down']),
      servers: z.array(
        z.object({ server: z.string(), status: z.enum(['up', 'down']), activeClinics: z.number() }),
      ),
      down: z.array(z.string()),
    }),
    errors: [503],
  },
];
