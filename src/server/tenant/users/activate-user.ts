import { eq } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenancy/pool-registry';
import { users } from '@/server/tenant/db/schema';
import { toUserView, userColumns } from './user-view';
import type { UserView } from './users.schema';

export type ActivateUserOptions = { id: string };

/** Lets a deactivated staff member sign in again (with their old password, or after a reset). Idempotent. */
export async function activateUser(db: TenantDb, { id }: ActivateUserOptions): Promise<UserView> {
  const [row] = await db
    .update(users)
    .set({ isActive: true, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning(userColumns);
  if (!row) throw notFound('User');
  return toUserView(db, row);
}
