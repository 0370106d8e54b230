import { ownerDb } from '@/server/owner/db/client';
import { OWNER_SESSION_COOKIE, validateOwnerSession } from '@/server/owner/auth/owner-sessions';
import { AppError, notFound, unauthorized } from '@/server/shared/errors';
import { readCookie } from '@/server/shared/http/cookies';
import { errorResponse } from '@/server/shared/http/respond';
import { metrics } from '@/server/shared/observability/metrics';
import { observeRequest } from '@/server/shared/observability/observe-request';
import { isOwnerHost, requestHost } from '@/server/tenancy/routing/hosts';
import { registerFleetMetrics } from './fleet-metrics';
import { metricsTokenMatches } from './metrics-token';

/**
 * Prometheus scrapes each app instance by its own address (it cannot set a Host header), so an IP-literal host is
 * accepted besides the owner host. Clinic hosts are names (`<slug>.<BASE_DOMAIN>` or their own domains), never IPs.
 */
function isInstanceAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || /^\[[0-9a-f:.]+\]$/.test(host);
}

/**
 * GET /api/metrics: Prometheus text of this process, on the owner host (or the instance's IP address) only; 404 on
 * clinic hosts, as if absent.
 * A scraper sends `Authorization: Bearer $METRICS_TOKEN` (when that is set); a signed-in OWNER may look too.
 */
export async function serveMetrics(req: Request): Promise<Response> {
  return observeRequest(req, 'system', undefined, async () => {
    try {
      const host = requestHost(req.headers);
      if (!isOwnerHost(host) && !isInstanceAddress(host)) throw notFound('Page');
      const token = process.env.METRICS_TOKEN;
      let allowed = metricsTokenMatches(req.headers.get('authorization'), token);
      if (!allowed) {
        const cookie = readCookie(req, OWNER_SESSION_COOKIE);
        const session = cookie ? await validateOwnerSession(ownerDb, cookie) : null;
        if (!session) throw unauthorized('Send the metrics token or sign in as an owner.');
        if (session.user.role !== 'OWNER')
          throw new AppError(403, 'FORBIDDEN', 'Only owners may read metrics.');
        allowed = true;
      }
      registerFleetMetrics();
      const registry = metrics().registry;
      const body = await registry.metrics();
      return new Response(body, {
        headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
      });
    } catch (error) {
      return errorResponse(error);
    }
  });
}
