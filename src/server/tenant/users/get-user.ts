import { and, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { userPractices, users } from '@/server/tenant/db/schema';
import { toUserView, userColumns } from './user-view';
import type { UserView } from './users.schema';

export type GetUserOptions = { user: TenantSessionUser; id: string };

/** One staff member, visible under the same rule as the list (admins: all; others: colleagues and themselves). */
export async function getUser(db: TenantDb, { user, id }: GetUserOptions): Promise<UserView> {
  const conditions: SQL[] = [eq(users.id, id)];
  if (user.role !== 'ADMIN' && id !== user.id) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(userPractices)
          .where(
            and(eq(userPractices.userId, users.id), inArray(userPractices.practiceId, user.practiceIds)),
          ),
      ),
    );
  }
  const [row] = await db
    .select(userColumns)
    .from(users)
    .where(and(...conditions));
  if (!row) throw notFound('User');
  return toUserView(db, row);
}
