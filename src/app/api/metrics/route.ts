import { serveMetrics } from '@/server/operations/health/serve-metrics';

export const dynamic = 'force-dynamic';

// GET /api/metrics — owner host only; Bearer $METRICS_TOKEN or a signed-in OWNER: Prometheus text of this process
export async function GET(req: Request): Promise<Response> {
  return serveMetrics(req);
}
