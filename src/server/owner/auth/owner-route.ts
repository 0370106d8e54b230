import type { z } from 'zod';
import { OWNER_ROLES, type OwnerRole } from '@/lib/domain/owner/owner-roles';
import type { RouteError } from '@/server/shared/routes/error-codes';
import {
  describedHandler,
  type HttpMethod,
  type Parsed,
  type RawResponse,
  type RouteDescriptor,
  type RouteHandler,
} from '@/server/shared/routes/route-descriptor';
import { runDescribedHandler, type PageResult } from '@/server/shared/routes/route-io';
import { withOwner, type OwnerRouteContext } from './with-owner';

export type OwnerRouteSpec<P, Q, B> = {
  method: HttpMethod;
  path: string;
  summary: string;
  tags: string[];
  /** No session needed (sign-in, password reset). */
  public?: true;
  /** Allowed roles. Default: OWNER and SUPPORT may read (GET), only OWNER may change anything. */
  roles?: readonly OwnerRole[];
  params?: P;
  query?: Q;
  body?: B;
  /** No body at all (no content type, no length) is read as `{}`: for actions whose fields are all optional. */
  optionalBody?: boolean;
  response?: z.ZodType;
  list?: boolean;
  status?: 200 | 201 | 202 | 204;
  raw?: RawResponse;
  errors?: readonly RouteError[];
};

export type OwnerHandlerContext<P, Q, B> = Omit<OwnerRouteContext<unknown>, 'params'> & {
  params: P;
  query: Q;
  body: B;
};

/** The roles a descriptor allows: its own, or the default by method (reads for every owner user). */
function ownerRoles(spec: Pick<OwnerRouteSpec<unknown, unknown, unknown>, 'method' | 'roles'>) {
  return spec.roles ?? (spec.method === 'get' ? OWNER_ROLES : (['OWNER'] as const));
}

/**
 * An owner API route (withOwner underneath): owner host only (404 elsewhere), CSRF, session and role, then the
 * declared params/query/body parsed, then the handler; its result becomes `{ data }` (or `{ data, nextCursor }`)
 * with the declared status, unless it returns a Response itself (PDF, CSV, backup download).
 */
export function ownerRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  L extends boolean = false,
>(
  spec: OwnerRouteSpec<P, Q, B> & { list?: L },
  handler: (
    ctx: OwnerHandlerContext<Parsed<P>, Parsed<Q>, Parsed<B>>,
  ) => Promise<L extends true ? PageResult | Response : unknown>,
): RouteHandler {
  const roles = ownerRoles(spec);
  const { public: isPublic, roles: _roles, ...rest } = spec;
  const descriptor: RouteDescriptor = {
    ...rest,
    params: spec.params,
    query: spec.query,
    body: spec.body,
    plane: 'owner',
    access: isPublic
      ? { session: false }
      : { session: true, roles, allRoles: OWNER_ROLES, schemes: ['ownerSession'] },
  };
  const wrapped = withOwner<Record<string, string>>(
    (ctx) => runDescribedHandler(descriptor, ctx, ctx.params, handler),
    isPublic ? { auth: 'public' } : { roles: [...roles] },
  );
  return describedHandler(descriptor, wrapped as Parameters<typeof describedHandler>[1]);
}
