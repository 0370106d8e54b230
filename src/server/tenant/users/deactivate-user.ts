import { eq } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { deleteTenantSessionsOfUser } from '@/server/tenant/auth/tenant-sessions';
import { users } from '@/server/tenant/db/schema';
import { assertAnotherActiveAdmin, lockActiveAdmins } from './assert-admin-remains';
import { toUserView, userColumns } from './user-view';
import type { UserView } from './users.schema';

export type DeactivateUserOptions = { id: string };

/**
 * Deactivates a staff member: they can no longer sign in and every session they hold ends now (the rows are
 * deleted in the same transaction, not just left to fail the is-active check). Idempotent. The last active
 * admin cannot be deactivated (409).
 */
export async function deactivateUser(db: TenantDb, { id }: DeactivateUserOptions): Promise<UserView> {
  const row = await db.transaction(async (tx) => {
    const activeAdmins = await lockActiveAdmins(tx);
    assertAnotherActiveAdmin(activeAdmins, id);
    const [updated] = await tx
      .update(users)
      .set({ isActive: false, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning(userColumns);
    if (!updated) throw notFound('User');
    await deleteTenantSessionsOfUser(tx, id);
    return updated;
  });
  return toUserView(db, row);
}
