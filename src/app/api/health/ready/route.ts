import { z } from 'zod';
import { checkReadiness } from '@/server/operations/health/readiness';
import { systemRoute } from '@/server/shared/routes/system-route';

export const dynamic = 'force-dynamic';

const up = z.enum(['up', 'down']);

// GET /api/health/ready — public, any host: 200 when the owner database, the job workers and every database server
// with an ACTIVE clinic are reachable; otherwise 503 naming what is down. (/api/health stays the liveness check.)
export const GET = systemRoute(
  {
    method: 'get',
    path: '/api/health/ready',
    summary:
      'Readiness: 200 when the owner database, the job workers and every database server with an ACTIVE clinic answer; 503 naming what is down',
    tags: ['System'],
    response: z.object({
      ready: z.boolean(),
      ownerDatabase: up,
      workers: up,
      servers: z.array(z.object({ server: z.string(), status: up, activeClinics: z.number() })),
      down: z.array(z.string()),
    }),
    errors: ['NOT_READY'],
  },
  async () => {
    const readiness = await checkReadiness();
    const headers = { 'cache-control': 'no-store' };
    if (readiness.ready) return Response.json({ data: readiness }, { headers });
    return Response.json(
      {
        error: {
          code: 'NOT_READY',
          message: `Not ready: ${readiness.down.join(', ')} unavailable.`,
          details: readiness,
        },
      },
      { status: 503, headers },
    );
  },
);
