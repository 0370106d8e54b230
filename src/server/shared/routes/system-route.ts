import { z } from 'zod';
import { notFound } from '../errors';
import { assertSameOrigin } from '../http/csrf';
import { errorResponse } from '../http/respond';
import type { RouteError } from './error-codes';
import {
  describedHandler,
  type HttpMethod,
  type Parsed,
  type RawResponse,
  type RouteAccess,
  type RouteDescriptor,
  type RouteHandler,
  type RoutePlane,
} from './route-descriptor';
import { runDescribedHandler } from './route-io';

export type SystemRouteSpec<P, Q, B> = {
  method: HttpMethod;
  path: string;
  summary: string;
  tags: string[];
  /** Default 'system' (every host's document); 'owner' for an owner-host-only route with its own auth. */
  plane?: RoutePlane;
  /** Default public. A route that checks credentials itself says which, for the document. */
  access?: RouteAccess;
  params?: P;
  query?: Q;
  body?: B;
  response?: z.ZodType;
  list?: boolean;
  status?: 200 | 201 | 202 | 204;
  raw?: RawResponse;
  errors?: readonly RouteError[];
  /** Served only where this holds (404 elsewhere, before anything else); `name` says where, for the document. */
  host?: { name: string; matches: (req: Request) => boolean };
  undocumented?: true;
};

export type SystemRouteContext<P, Q, B> = { req: Request; params: P; query: Q; body: B };

/**
 * A route outside both planes' wrappers (health, metrics, signup, this document): no tenant, no session
 * handling beyond what the handler does itself. CSRF is checked on state changes, errors are the uniform JSON.
 */
export function systemRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(
  spec: SystemRouteSpec<P, Q, B>,
  handler: (ctx: SystemRouteContext<Parsed<P>, Parsed<Q>, Parsed<B>>) => Promise<unknown>,
): RouteHandler {
  const { host, ...rest } = spec;
  const descriptor: RouteDescriptor = {
    ...rest,
    params: spec.params,
    query: spec.query,
    body: spec.body,
    plane: spec.plane ?? 'system',
    access: spec.access ?? { session: false },
    ...(host ? { hostOnly: host.name } : {}),
  };
  return describedHandler(descriptor, async (req, route) => {
    try {
      if (host && !host.matches(req)) throw notFound('Page');
      assertSameOrigin(req);
      return await runDescribedHandler(descriptor, { req }, (await route?.params) ?? {}, handler);
    } catch (error) {
      return errorResponse(error);
    }
  });
}
