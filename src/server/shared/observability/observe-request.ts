import { logger } from '../logger';
import { instrumentationEnabled, metrics, statusClass } from './metrics';
import { requestIdFrom, runWithRequestContext, type RequestContext } from './request-context';
import { routeTemplate } from './route-template';
import { recordClinicRequest } from './clinic-traffic';

/**
 * Wraps one API request (called by withTenant, withOwner and the system routes): a request id (the caller's
 * X-Request-Id when it is safe, else a new one) echoed in the response and carried by every log line of the
 * request, one access log line at the end, the request-duration metric, and the clinic's per-minute traffic.
 */
export async function observeRequest(
  req: Request,
  plane: RequestContext['plane'],
  params: Record<string, unknown> | undefined,
  run: () => Promise<Response>,
): Promise<Response> {
  const started = performance.now();
  const url = new URL(req.url);
  const context: RequestContext = {
    requestId: requestIdFrom(req.headers),
    plane,
    method: req.method,
    route: routeTemplate(url.pathname, params),
  };
  const response = await runWithRequestContext(context, run);
  try {
    response.headers.set('x-request-id', context.requestId);
  } catch {
    // Immutable headers (Response.redirect): the id is still in the logs.
  }
  if (!instrumentationEnabled()) return response;
  const seconds = (performance.now() - started) / 1000;
  const status = response.status;
  const labels = { plane, route: context.route, method: req.method, status_class: statusClass(status) };
  const m = metrics();
  m.httpDuration.observe(labels, seconds);
  m.httpRequests.inc(labels);
  if (context.tenantId) recordClinicRequest(context.tenantId, seconds * 1000, status);
  logger.info('request', {
    requestId: context.requestId,
    plane,
    clinic: context.clinic,
    userId: context.userId,
    method: req.method,
    route: context.route,
    status,
    durationMs: Math.round(seconds * 10_000) / 10,
  });
  return response;
}
