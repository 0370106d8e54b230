import { and, eq, isNull } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { subscriptionPlans, tenantSubscriptions } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { lockLiveTenant } from '@/server/owner/tenants/get-tenant';
import { validationError } from '@/server/shared/errors';
import { getSubscription, type SubscriptionPeriod } from './get-subscription';
import type { ChangeSubscriptionBody } from './subscription.schema';

/**
 * Changes a tenant's plan and/or subscription status. The current period is closed (ended_at) and a new one
 * opened at the same instant, so the history has no gaps and no overlaps. Asking for what is already current
 * changes nothing.
 */
export async function changeSubscription(
  db: OwnerDb,
  options: { tenantId: string; input: ChangeSubscriptionBody; context: OwnerActionContext },
): Promise<{ current: SubscriptionPeriod | null; history: SubscriptionPeriod[]; changed: boolean }> {
  const changed = await db.transaction(async (tx) => {
    const tenant = await lockLiveTenant(tx, options.tenantId);
    const [plan] = await tx
      .select()
      .from(subscriptionPlans)
      .where(eq(subscriptionPlans.code, options.input.planCode));
    const [current] = await tx
      .select({
        id: tenantSubscriptions.id,
        planId: tenantSubscriptions.planId,
        status: tenantSubscriptions.status,
        planCode: subscriptionPlans.code,
      })
      .from(tenantSubscriptions)
      .innerJoin(subscriptionPlans, eq(subscriptionPlans.id, tenantSubscriptions.planId))
      .where(and(eq(tenantSubscriptions.tenantId, tenant.id), isNull(tenantSubscriptions.endedAt)));
    if (!plan) throw validationError({ fields: { planCode: ['Unknown plan.'] } });
    // An inactive plan may stay where it is, but nobody is moved onto it.
    if (!plan.isActive && current?.planId !== plan.id)
      throw validationError({ fields: { planCode: ['This plan is no longer offered.'] } });
    const status = options.input.status ?? current?.status ?? 'ACTIVE';
    if (current && current.planId === plan.id && current.status === status) return false;
    const now = new Date();
    if (current)
      await tx
        .update(tenantSubscriptions)
        .set({ endedAt: now })
        .where(eq(tenantSubscriptions.id, current.id));
    await tx.insert(tenantSubscriptions).values({
      tenantId: tenant.id,
      planId: plan.id,
      status,
      startedAt: now,
      changedBy: options.context.actor.id,
    });
    await auditAction(tx, options.context, {
      action: 'tenant.subscription_change',
      targetType: 'tenant',
      targetId: tenant.id,
      details: {
        slug: tenant.slug,
        from: current ? { planCode: current.planCode, status: current.status } : null,
        to: { planCode: plan.code, status },
      },
    });
    return true;
  });
  return { ...(await getSubscription(db, { tenantId: options.tenantId })), changed };
}
