import { and, eq, isNull, ne } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { subscriptionPlans, tenants, tenantSubscriptions } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { assertDomainsAllowed } from '@/server/owner/domains/domain-rules';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { recordInitialUsage } from '@/server/owner/usage/record-initial-usage';
import { AppError, validationError } from '@/server/shared/errors';
import { provisionTenant, type ProvisionHooks } from '@/server/tenancy/provisioning/provision-tenant';
import type { CreateTenantBody } from './create-tenant.schema';
import { tenantDetail, type TenantDetail } from './get-tenant';

/** Errors raised before the tenant row exists: nothing was created, so nothing is audited or left behind. */
const REFUSED_BEFORE_INSERT = new Set(['VALIDATION_ERROR', 'SLUG_TAKEN', 'DOMAIN_TAKEN']);

/**
 * Creates a tenant and provisions it synchronously (well under a second). On a provisioning failure the tenant is
 * left FAILED (see provisionTenant's rollback); the error carries its id so the caller can retry it.
 */
export async function createTenant(
  db: OwnerDb,
  options: { input: CreateTenantBody; context: OwnerActionContext; hooks?: ProvisionHooks },
): Promise<TenantDetail> {
  const { input, context } = options;
  assertDomainsAllowed(input.domains ?? [], 'domains', true);
  const planCode = input.planCode ?? (await readSystemSettings(db)).defaultPlanCode;
  const [plan] = await db.select().from(subscriptionPlans).where(eq(subscriptionPlans.code, planCode));
  if (!plan?.isActive) {
    throw validationError({
      fields: { planCode: [plan ? 'This plan is no longer offered.' : 'Unknown plan.'] },
    });
  }
  const auditDetails = {
    slug: input.slug,
    name: input.name,
    planCode,
    domains: input.domains ?? [],
    adminEmail: input.admin.email,
  };
  try {
    const tenant = await provisionTenant({ ...input, planCode }, options.hooks);
    // The first subscription period was opened by this owner, not by "System".
    await db
      .update(tenantSubscriptions)
      .set({ changedBy: context.actor.id })
      .where(and(eq(tenantSubscriptions.tenantId, tenant.id), isNull(tenantSubscriptions.changedBy)));
    await recordInitialUsage(db, tenant.id);
    await auditAction(db, context, {
      action: 'tenant.create',
      targetType: 'tenant',
      targetId: tenant.id,
      details: auditDetails,
    });
    return tenantDetail(db, tenant);
  } catch (error) {
    if (error instanceof AppError && REFUSED_BEFORE_INSERT.has(error.code)) throw error;
    const [failed] = await db
      .select()
      .from(tenants)
      .where(and(eq(tenants.slug, input.slug), ne(tenants.status, 'DELETED')));
    if (!failed || failed.status !== 'FAILED') throw error;
    await auditAction(db, context, {
      action: 'tenant.create',
      targetType: 'tenant',
      targetId: failed.id,
      details: { ...auditDetails, outcome: 'FAILED', error: failed.lastError },
    });
    const status = error instanceof AppError ? error.status : 500;
    const code = error instanceof AppError ? error.code : 'PROVISIONING_FAILED';
    const message = error instanceof Error ? error.message : 'Provisioning failed.';
    throw new AppError(status, code, `${message} The tenant was left FAILED; fix the cause and retry it.`, {
      tenantId: failed.id,
      status: 'FAILED',
      retry: `/api/owner/tenants/${failed.id}/retry`,
    });
  }
}
