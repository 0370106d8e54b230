import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { practices } from '@/server/tenant/db/schema';
import { assertWithinPlan } from '@/server/tenant/plan-limits/assert-within-plan';
import type { CreatePracticeInput, PracticeView } from './practices.schema';
import { toPracticeView } from './practice-view';

export type CreatePracticeOptions = { tenantId: string; input: CreatePracticeInput };

/**
 * Adds a practice (admins only; admins see every practice, other staff once added to it via /api/users), within the
 * plan's practice limit.
 */
export async function createPractice(
  db: TenantDb,
  { tenantId, input }: CreatePracticeOptions,
): Promise<PracticeView> {
  const row = await db.transaction(async (tx) => {
    await assertWithinPlan(tx, tenantId, 'practices');
    const [inserted] = await tx.insert(practices).values(input).returning();
    return inserted!;
  });
  return toPracticeView(row);
}
