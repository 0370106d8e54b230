import { eq } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { users } from '@/server/tenant/db/schema';
import { assertWithinPlan } from '@/server/tenant/plan-limits/assert-within-plan';
import { toUserView, userColumns } from './user-view';
import type { UserView } from './users.schema';

export type ActivateUserOptions = { tenantId: string; id: string };

/**
 * Lets a deactivated staff member sign in again (with their old password, or after a reset). Idempotent; an
 * inactive user takes a place in the plan's user limit again.
 */
export async function activateUser(db: TenantDb, { tenantId, id }: ActivateUserOptions): Promise<UserView> {
  const row = await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ isActive: users.isActive })
      .from(users)
      .where(eq(users.id, id))
      .for('update');
    if (!current) throw notFound('User');
    if (!current.isActive) await assertWithinPlan(tx, tenantId, 'users');
    const [updated] = await tx
      .update(users)
      .set({ isActive: true, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning(userColumns);
    return updated!;
  });
  return toUserView(db, row);
}
