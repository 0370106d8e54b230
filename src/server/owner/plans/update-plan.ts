import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { subscriptionPlans, type SubscriptionPlan } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { conflict, notFound } from '@/server/shared/errors';
import type { UpdatePlanBody } from './plan.schema';

/** Changes a plan; `limits` is merged key by key, so one limit can be changed without restating the others. */
export async function updatePlan(
  db: OwnerDb,
  options: { code: string; input: UpdatePlanBody; context: OwnerActionContext },
): Promise<SubscriptionPlan> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(subscriptionPlans)
      .where(eq(subscriptionPlans.code, options.code))
      .for('update');
    if (!current) throw notFound('Plan');
    if (options.input.isActive === false && (await readSystemSettings(tx)).defaultPlanCode === current.code) {
      // New tenants without a planCode get the default plan; it must stay available.
      throw conflict(
        'PLAN_IS_DEFAULT',
        'This plan is the default for new tenants; choose another default in the settings first.',
      );
    }
    const { limits, ...rest } = options.input;
    const [plan] = await tx
      .update(subscriptionPlans)
      .set({
        ...rest,
        ...(limits ? { limits: { ...current.limits, ...limits } } : {}),
        updatedAt: new Date(),
      })
      .where(eq(subscriptionPlans.id, current.id))
      .returning();
    const changes = Object.fromEntries(
      Object.keys(options.input).map((key) => [
        key,
        { from: current[key as keyof SubscriptionPlan], to: plan![key as keyof SubscriptionPlan] },
      ]),
    );
    await auditAction(tx, options.context, {
      action: 'plan.update',
      targetType: 'plan',
      targetId: current.code,
      details: { changes },
    });
    return plan!;
  });
}
