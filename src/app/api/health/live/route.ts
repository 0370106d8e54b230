import { z } from 'zod';
import { systemRoute } from '@/server/shared/routes/system-route';

export const dynamic = 'force-dynamic';

// GET /api/health/live — public, any host: 200 while the process serves requests, touching no database. A process
// supervisor restarts on this one; /api/health adds the owner database, /api/health/ready everything a request needs.
// It is also the framework's ceiling in `npm run bench:scale` (a route handler that only answers JSON).
export const GET = systemRoute(
  {
    method: 'get',
    path: '/api/health/live',
    summary: 'Process liveness: 200 while the process serves requests (no database is touched)',
    tags: ['System'],
    response: z.object({ status: z.literal('ok') }),
  },
  async () => Response.json({ data: { status: 'ok' } }, { headers: { 'cache-control': 'no-store' } }),
);
