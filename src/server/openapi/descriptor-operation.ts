import type { ApiOperation } from '@/server/shared/openapi/operation';
import { statusOf, type ErrorCode } from '@/server/shared/routes/error-codes';
import { isUnsafeMethod, type RouteDescriptor } from '@/server/shared/routes/route-descriptor';
import { successStatus } from '@/server/shared/routes/route-io';

/**
 * A route descriptor as a documented operation. The errors that follow from the descriptor itself are derived
 * here, with their codes, so a descriptor's `errors` names only its domain errors:
 *  - 401 UNAUTHORIZED when a session (or other credential) is required;
 *  - 403 FORBIDDEN when some role of the plane lacks the permission, CSRF_REJECTED on state-changing methods,
 *    and on the clinic plane TENANT_SUSPENDED (and PASSWORD_CHANGE_REQUIRED behind a session);
 *  - 400 VALIDATION_ERROR when a query or body is validated (INVALID_JSON for a JSON body), 413 and 415 too;
 *  - 404 NOT_FOUND for path params (an id that cannot exist), the owner API off the owner host and a route's
 *    own host rule; TENANT_NOT_FOUND on the clinic plane (a host that serves no clinic);
 *  - 503 everywhere (SERVICE_UNAVAILABLE: an unreachable database; on the clinic plane TENANT_UNAVAILABLE and
 *    TENANT_MAINTENANCE).
 */
export function operationFromDescriptor(descriptor: RouteDescriptor): ApiOperation {
  const { access } = descriptor;
  const statuses = new Set<number>([503]);
  const codes = new Map<number, Set<string>>();
  for (const error of [...derivedErrors(descriptor), ...(descriptor.errors ?? [])]) {
    const status = statusOf(error);
    statuses.add(status);
    if (typeof error === 'string')
      (codes.get(status) ?? codes.set(status, new Set()).get(status)!).add(error);
  }
  return {
    method: descriptor.method,
    path: descriptor.path,
    summary: descriptor.summary,
    tags: descriptor.tags,
    auth: authText(descriptor),
    security: access.session ? [...access.schemes] : [],
    ...(descriptor.params ? { params: descriptor.params } : {}),
    ...(descriptor.query ? { query: descriptor.query } : {}),
    ...(descriptor.body ? { body: descriptor.body } : {}),
    ...(descriptor.multipart ? { multipart: true } : {}),
    ...(descriptor.optionalBody ? { optionalBody: true } : {}),
    ...(descriptor.response ? { response: descriptor.response } : {}),
    ...(descriptor.list ? { list: true } : {}),
    ...(descriptor.raw ? { raw: descriptor.raw } : {}),
    successStatus: successStatus(descriptor),
    errors: [...statuses].sort((a, b) => a - b),
    errorCodes: Object.fromEntries([...codes].map(([status, set]) => [status, [...set].sort()])),
  };
}

function derivedErrors(descriptor: RouteDescriptor): ErrorCode[] {
  const { access, plane } = descriptor;
  // A system route names its own 503 (the health checks answer theirs without SERVICE_UNAVAILABLE).
  const out: ErrorCode[] = plane === 'system' ? [] : ['SERVICE_UNAVAILABLE'];
  if (access.session) out.push('UNAUTHORIZED');
  if (access.session && access.roles.length < access.allRoles.length) out.push('FORBIDDEN');
  if (isUnsafeMethod(descriptor.method)) out.push('CSRF_REJECTED');
  if (descriptor.query || descriptor.body) out.push('VALIDATION_ERROR');
  if (descriptor.body && !descriptor.multipart)
    out.push('INVALID_JSON', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE');
  if (descriptor.params || descriptor.path.includes('{') || plane === 'owner' || descriptor.hostOnly)
    out.push('NOT_FOUND');
  if (plane === 'tenant') {
    out.push('TENANT_NOT_FOUND', 'TENANT_SUSPENDED', 'TENANT_UNAVAILABLE', 'TENANT_MAINTENANCE');
    if (access.session && !access.servesPendingPasswordChange) out.push('PASSWORD_CHANGE_REQUIRED');
  }
  return out;
}

/**
 * `x-auth`, one style everywhere: `public`; `signed-in` (any role); or the roles allowed, computed from the
 * permission table, with the permission in brackets and any rule the handler adds after a semicolon.
 */
function authText(descriptor: RouteDescriptor): string {
  const { access } = descriptor;
  if (!access.session) return 'public';
  const everyone = access.roles.length === access.allRoles.length;
  let text = everyone && !access.permission ? 'signed-in' : access.roles.join(', ');
  if (access.permission) text += ` (${access.permission})`;
  if (access.schemes.includes('metricsToken')) text += ' or METRICS_TOKEN';
  if (access.note) text += `; ${access.note}`;
  return text;
}
