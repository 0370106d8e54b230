import { z } from 'zod';
import { ownerPool } from '@/server/owner/db/client';
import { systemRoute } from '@/server/shared/routes/system-route';

export const dynamic = 'force-dynamic';

// GET /api/health — public, any host: 200 when the owner database answers, 503 when it does not.
export const GET = systemRoute(
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness: 200 when the owner database answers, 503 when it does not',
    tags: ['System'],
    response: z.object({ status: z.literal('ok'), ownerDatabase: z.literal('up') }),
    errors: ['OWNER_DATABASE_UNAVAILABLE'],
  },
  async () => {
    try {
      await Promise.race([
        ownerPool().query('select 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000)),
      ]);
      return Response.json(
        { data: { status: 'ok', ownerDatabase: 'up' } },
        { headers: { 'cache-control': 'no-store' } },
      );
    } catch {
      return Response.json(
        { error: { code: 'OWNER_DATABASE_UNAVAILABLE', message: 'The owner database is not reachable.' } },
        { status: 503, headers: { 'cache-control': 'no-store', 'retry-after': '5' } },
      );
    }
  },
);
