import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What every log line written during one request carries (request id, plane, clinic, user), and what the access
 * log and the metrics need at its end. Held in AsyncLocalStorage so code below the transport never passes it.
 * On globalThis: Next.js may load this module once per route bundle, and all copies must share one store.
 */
export type RequestContext = {
  requestId: string;
  plane: 'owner' | 'tenant' | 'system';
  method: string;
  /** The route template, e.g. /api/patients/[id] — never the concrete path (it may carry ids). */
  route: string;
  clinic?: string;
  tenantId?: string;
  userId?: string;
};

const KEY = Symbol.for('smartdmv.requestContext');
const holder = globalThis as unknown as { [KEY]?: AsyncLocalStorage<RequestContext> };
const storage = (holder[KEY] ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/**
 * Runs fn in the given request's context, or in none. For callbacks that fire from a socket: they inherit the
 * context of whoever opened the socket (a pooled connection outlives its first request), not of the caller.
 */
export function runInRequestContext<T>(context: RequestContext | undefined, fn: () => T): T {
  return context ? storage.run(context, fn) : storage.exit(fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Adds what becomes known during the request (the clinic after resolution, the user after the session). */
export function annotateRequest(
  fields: Partial<Pick<RequestContext, 'clinic' | 'tenantId' | 'userId'>>,
): void {
  const context = storage.getStore();
  if (context) Object.assign(context, fields);
}

/** A caller's X-Request-Id is kept only when it cannot smuggle anything into logs or headers. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get('x-request-id');
  return incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
