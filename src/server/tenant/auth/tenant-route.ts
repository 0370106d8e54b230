import type { z } from 'zod';
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
import type { PlanFeature } from '@/lib/plan-features';
import { assertPlanFeature } from '@/server/tenant/plan-limits/assert-plan-feature';
import { rolesWith, TENANT_ROLES, type Permission } from '@/lib/domain/tenant/permissions';
import { withTenant, type TenantRouteContext } from './with-tenant';

type Common<P, Q, B> = {
  method: HttpMethod;
  path: string;
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  /** The body is multipart/form-data, read by the handler (`body` then only documents it). */
  multipart?: boolean;
  /** A request without any body is read as `{}`. */
  optionalBody?: boolean;
  response?: z.ZodType;
  status?: 200 | 201 | 202 | 204;
  raw?: RawResponse;
  errors?: readonly RouteError[];
  /** A rule the handler adds on top of the permission, shown next to it. */
  accessNote?: string;
  /**
   * The plan feature this route starts using (booking, a new record…): refused with 403 PLAN_FEATURE_UNAVAILABLE
   * after the permission and before the input is read, so a clinic without it learns that first.
   */
  planFeature?: PlanFeature;
};

/**
 * Who may call: `permission` (its roles come from permissions.ts); neither it nor `public`: any signed-in user;
 * `public`: no session needed (sign-in). `allowPendingPasswordChange` serves users who still hold an
 * admin-issued temporary password (only the routes they need to replace it).
 */
type Access = { permission?: Permission; public?: true; allowPendingPasswordChange?: true };

export type TenantRouteSpec<P, Q, B> = Common<P, Q, B> & Access & { list?: boolean };

export type TenantHandlerContext<P, Q, B> = Omit<TenantRouteContext<unknown>, 'params'> & {
  params: P;
  query: Q;
  body: B;
};

/**
 * A clinic API route (withTenant underneath): tenant from Host, CSRF, session and permission, then the declared
 * params/query/body parsed, then the handler; its result becomes `{ data }` (or `{ data, nextCursor }`) with
 * the declared status, unless it returns a Response itself (files, PDFs).
 */
export function tenantRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  L extends boolean = false,
>(
  spec: TenantRouteSpec<P, Q, B> & { list?: L },
  handler: (
    ctx: TenantHandlerContext<Parsed<P>, Parsed<Q>, Parsed<B>>,
  ) => Promise<L extends true ? PageResult | Response : unknown>,
): RouteHandler {
  const descriptor = tenantDescriptor(spec);
  const wrapped = withTenant<Record<string, string>>(
    async (ctx) => {
      if (spec.planFeature) await assertPlanFeature(ctx.tenant.id, spec.planFeature);
      return runDescribedHandler(descriptor, ctx, ctx.params, handler);
    },
    {
      ...(spec.public ? { auth: 'public' as const } : {}),
      ...(spec.permission ? { permission: spec.permission } : {}),
      ...(spec.allowPendingPasswordChange ? { allowPendingPasswordChange: true } : {}),
    },
  );
  return describedHandler(descriptor, wrapped as Parameters<typeof describedHandler>[1]);
}

function tenantDescriptor(spec: TenantRouteSpec<unknown, unknown, unknown>): RouteDescriptor {
  const { permission, accessNote, public: isPublic, allowPendingPasswordChange, planFeature, ...rest } = spec;
  return {
    ...rest,
    ...(planFeature ? { errors: [...(rest.errors ?? []), 'PLAN_FEATURE_UNAVAILABLE' as const] } : {}),
    params: rest.params as z.ZodType | undefined,
    query: rest.query as z.ZodType | undefined,
    body: rest.body as z.ZodType | undefined,
    plane: 'tenant',
    access: isPublic
      ? { session: false }
      : {
          session: true,
          roles: permission ? rolesWith(permission) : TENANT_ROLES,
          allRoles: TENANT_ROLES,
          ...(permission ? { permission } : {}),
          schemes: ['tenantSession'],
          ...(accessNote ? { note: accessNote } : {}),
          ...(allowPendingPasswordChange ? { servesPendingPasswordChange: true } : {}),
        },
  };
}
