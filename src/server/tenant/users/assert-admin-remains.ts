import { and, eq } from 'drizzle-orm';
import { conflict } from '@/server/shared/errors';
import type { TenantTx } from '@/server/tenant/db/tenant-db';
import { users } from '@/server/tenant/db/schema';

/**
 * Guards against taking away the last active admin (by demotion or deactivation), which would lock the clinic
 * out of managing itself. Call `lockActiveAdmins` FIRST in any transaction that may demote or deactivate a user:
 * it locks every active admin row in id order, so two admins demoting each other at once are serialised (the
 * second is refused) and cannot deadlock on each other's rows.
 */
export async function lockActiveAdmins(tx: TenantTx): Promise<string[]> {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'ADMIN'), eq(users.isActive, true)))
    .orderBy(users.id)
    .for('update');
  return admins.map((admin) => admin.id);
}

/** Throws 409 LAST_ADMIN when `userId` is the only one in the locked set of active admins. */
export function assertAnotherActiveAdmin(activeAdminIds: string[], userId: string): void {
  if (activeAdminIds.includes(userId) && !activeAdminIds.some((id) => id !== userId)) {
    throw conflict(
      'LAST_ADMIN',
      'This is the last active admin of the clinic; make someone else an admin first.',
    );
  }
}
