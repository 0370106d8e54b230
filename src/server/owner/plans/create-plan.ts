import type { OwnerDb } from '@/server/owner/db/client';
import { subscriptionPlans, type SubscriptionPlan } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { conflict, pgErrorCode, PG_UNIQUE_VIOLATION } from '@/server/shared/errors';
import type { CreatePlanBody } from './plan.schema';

export async function createPlan(
  db: OwnerDb,
  options: { input: CreatePlanBody; context: OwnerActionContext },
): Promise<SubscriptionPlan> {
  try {
    return await db.transaction(async (tx) => {
      const [plan] = await tx.insert(subscriptionPlans).values(options.input).returning();
      await auditAction(tx, options.context, {
        action: 'plan.create',
        targetType: 'plan',
        targetId: plan!.code,
        details: { plan: options.input },
      });
      return plan!;
    });
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) {
      throw conflict('PLAN_CODE_TAKEN', `A plan with the code "${options.input.code}" already exists.`, {
        fields: { code: ['Already in use.'] },
      });
    }
    throw error;
  }
}
