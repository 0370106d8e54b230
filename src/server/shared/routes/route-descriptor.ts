import type { z } from 'zod';
import type { RouteError } from './error-codes';

/**
 * What a route is, said once: the route file builds its handler from it (auth, CSRF, parsing, the success
 * status) and the OpenAPI document is built from the same object, so a route cannot be undocumented or
 * documented wrongly. Build one with tenantRoute / ownerRoute / systemRoute, never by hand.
 */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Which document shows it and which host serves it: 'owner' only on the owner host (404 elsewhere). */
export type RoutePlane = 'tenant' | 'owner' | 'system';

export type SecurityScheme = 'tenantSession' | 'ownerSession' | 'metricsToken';

/** Who may call the route, as the wrapper enforces it. */
export type RouteAccess =
  | { session: false }
  | {
      session: true;
      /** The roles allowed; a role outside them gets 403. */
      roles: readonly string[];
      /** Every role of the plane: when `roles` is all of them, no role gets 403. */
      allRoles: readonly string[];
      /** The permission behind `roles` (tenant plane), shown next to them. */
      permission?: string;
      /** Credentials accepted; any one is enough. */
      schemes: readonly SecurityScheme[];
      /** A rule the handler adds on top, e.g. "deleting another's upload: ADMIN". */
      note?: string;
      /** Also serves a user who must still replace an admin-issued temporary password (clinic plane). */
      servesPendingPasswordChange?: boolean;
    };

/** A success body that is not `{ data }` JSON (a file, a PDF, Prometheus text, this document). */
export type RawResponse = { contentType: string; description: string };

export type RouteDescriptor = {
  method: HttpMethod;
  /** OpenAPI path, e.g. `/api/patients/{id}`; the drift test checks it against the file's location. */
  path: string;
  summary: string;
  tags: string[];
  plane: RoutePlane;
  access: RouteAccess;
  /** Route params: an invalid value is a 404 (the resource cannot exist), not a 400. */
  params?: z.ZodType;
  query?: z.ZodType;
  /** The JSON body (or, with `multipart`, the form fields for the document only). */
  body?: z.ZodType;
  /** The body is multipart/form-data, read by the handler itself. */
  multipart?: boolean;
  /** A request without a body (or without content type and length) is read as `{}`: all fields optional. */
  optionalBody?: boolean;
  /** Schema of `data` in the success body (of each item when `list`). */
  response?: z.ZodType;
  /** Success is `{ data: [...], nextCursor }`. */
  list?: boolean;
  /** Success status: 200 by default, 204 when there is neither `response` nor `raw`. */
  status?: 200 | 201 | 202 | 204;
  raw?: RawResponse;
  /** The domain errors the handler can answer; the ones that follow from the descriptor are derived. */
  errors?: readonly RouteError[];
  /** Answers 404 off these hosts (beyond the plane's own rule), e.g. signup on the apex host only. */
  hostOnly?: string;
  /** Not an operation (the catch-all for unknown API paths): built like one, left out of the document. */
  undocumented?: true;
};

const ROUTE_DESCRIPTOR = Symbol.for('smartdmv.routeDescriptor');

/** What Next calls: a route handler carrying its descriptor, so the registry and the tests can find it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route types its own params
export type RouteHandler = ((req: Request, route?: { params?: Promise<any> }) => Promise<Response>) & {
  readonly [ROUTE_DESCRIPTOR]: RouteDescriptor;
};

export function describedHandler(
  descriptor: RouteDescriptor,
  handler: (
    req: Request,
    route?: { params?: Promise<Record<string, string | string[]>> },
  ) => Promise<Response>,
): RouteHandler {
  return Object.assign(handler, { [ROUTE_DESCRIPTOR]: descriptor });
}

export function routeDescriptorOf(value: unknown): RouteDescriptor | undefined {
  if (typeof value !== 'function') return undefined;
  return (value as Partial<RouteHandler>)[ROUTE_DESCRIPTOR];
}

/** Methods that change state: the CSRF check refuses them cross-site (403). */
export function isUnsafeMethod(method: HttpMethod): boolean {
  return method !== 'get';
}

/** Values parsed from a schema, or undefined when the descriptor has none. */
export type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
