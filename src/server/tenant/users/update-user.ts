import { eq } from 'drizzle-orm';
import { notFound, validationError } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { userPractices, users } from '@/server/tenant/db/schema';
import { assertAnotherActiveAdmin, lockActiveAdmins } from './assert-admin-remains';
import { assertValidMemberships, replaceMemberships, rethrowEmailTaken } from './practice-memberships';
import { toUserView, userColumns } from './user-view';
import type { UpdateUserInput, UserView } from './users.schema';

export type UpdateUserOptions = { id: string; input: UpdateUserInput };

/** Changes a staff member's email, name, role or practices. Demoting the last active admin is a 409. */
export async function updateUser(db: TenantDb, { id, input }: UpdateUserOptions): Promise<UserView> {
  const row = await db
    .transaction(async (tx) => {
      const activeAdmins = await lockActiveAdmins(tx);
      const [current] = await tx
        .select({ role: users.role })
        .from(users)
        .where(eq(users.id, id))
        .for('update');
      if (!current) throw notFound('User');
      const role = input.role ?? current.role;
      if (role !== 'ADMIN') assertAnotherActiveAdmin(activeAdmins, id);

      if (input.practiceIds !== undefined) {
        await assertValidMemberships(tx, role, input.practiceIds);
        await replaceMemberships(tx, id, input.practiceIds);
      } else if (role !== 'ADMIN' && current.role === 'ADMIN') {
        // An admin saw every practice without memberships; as another role they need at least one.
        const memberships = await tx
          .select({ id: userPractices.practiceId })
          .from(userPractices)
          .where(eq(userPractices.userId, id));
        if (memberships.length === 0) {
          throw validationError({ fields: { practiceIds: ['Choose at least one practice for this role.'] } });
        }
      }

      const [updated] = await tx
        .update(users)
        .set({ email: input.email, name: input.name, role: input.role, updatedAt: new Date() })
        .where(eq(users.id, id))
        .returning(userColumns);
      return updated!;
    })
    .catch(rethrowEmailTaken);
  return toUserView(db, row);
}
