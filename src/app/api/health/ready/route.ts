import { checkReadiness } from '@/server/operations/health/readiness';

export const dynamic = 'force-dynamic';

// GET /api/health/ready — public, any host: 200 when the owner database, the job workers and every database server
// with an ACTIVE clinic are reachable; otherwise 503 naming what is down. (/api/health stays the liveness check.)
export async function GET(): Promise<Response> {
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
}
