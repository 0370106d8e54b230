import type { ApiOperation } from '@/server/shared/openapi/operation';
import { statusOf } from '@/server/shared/routes/error-codes';
import { isUnsafeMethod, type RouteDescriptor } from '@/server/shared/routes/route-descriptor';
import { successStatus } from '@/server/shared/routes/route-io';

/**
 * A route descriptor as a documented operation. The statuses that follow from the descriptor itself are
 * derived here, so a descriptor's `errors` names only its domain errors:
 *  - 401 when a session (or other credential) is required;
 *  - 403 when some role of the plane lacks the permission, and on state-changing methods (cross-site refused);
 *  - 400 when a query or body is validated; 415 and 413 for a JSON body;
 *  - 404 for path params (an id that cannot exist), a plane's host rule (owner API off the owner host, a clinic
 *    route on a host that serves no clinic) and a route's own host rule;
 *  - 503 everywhere (an unreachable database), added by the document builder.
 */
export function operationFromDescriptor(descriptor: RouteDescriptor): ApiOperation {
  const { access } = descriptor;
  const statuses = new Set<number>(derivedStatuses(descriptor));
  const codes = new Map<number, Set<string>>();
  for (const error of descriptor.errors ?? []) {
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
    ...(descriptor.response ? { response: descriptor.response } : {}),
    ...(descriptor.list ? { list: true } : {}),
    ...(descriptor.raw ? { raw: descriptor.raw } : {}),
    successStatus: successStatus(descriptor),
    errors: [...statuses].sort((a, b) => a - b),
    errorCodes: Object.fromEntries([...codes].map(([status, set]) => [status, [...set].sort()])),
  };
}

function derivedStatuses(descriptor: RouteDescriptor): number[] {
  const { access } = descriptor;
  const out: number[] = [];
  if (access.session) out.push(401);
  if (access.session && access.roles.length < access.allRoles.length) out.push(403);
  if (isUnsafeMethod(descriptor.method)) out.push(403);
  if (descriptor.query || descriptor.body) out.push(400);
  if (descriptor.body && !descriptor.multipart) out.push(413, 415);
  if (descriptor.params || descriptor.path.includes('{')) out.push(404);
  if (descriptor.plane !== 'system' || descriptor.hostOnly) out.push(404);
  return out;
}

/**
 * `x-auth`, one style everywhere: `public`; `signed-in` (any role); or the roles allowed, computed from the
 * permission table, with the permission in brackets and any rule the handler adds after a semicolon.
 */
export function authText(descriptor: RouteDescriptor): string {
  const { access } = descriptor;
  if (!access.session) return 'public';
  const everyone = access.roles.length === access.allRoles.length;
  let text = everyone && !access.permission ? 'signed-in' : access.roles.join(', ');
  if (access.permission) text += ` (${access.permission})`;
  if (access.schemes.includes('metricsToken')) text += ' or METRICS_TOKEN';
  if (access.note) text += `; ${access.note}`;
  return text;
}
