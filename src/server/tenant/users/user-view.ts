import { inArray } from 'drizzle-orm';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { userPractices, users, type User } from '@/server/tenant/db/schema';
import type { UserView } from './users.schema';

/** The columns a user view is built from (everything but the password hash). */
export const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  isActive: users.isActive,
  mustChangePassword: users.mustChangePassword,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

type UserRow = Pick<User, keyof typeof userColumns>;

/** Adds each user's practice memberships (one query for the whole page) and renders dates as ISO strings. */
export async function toUserViews(db: TenantExecutor, rows: UserRow[]): Promise<UserView[]> {
  if (rows.length === 0) return [];
  const memberships = await db
    .select({ userId: userPractices.userId, practiceId: userPractices.practiceId })
    .from(userPractices)
    .where(
      inArray(
        userPractices.userId,
        rows.map((r) => r.id),
      ),
    );
  const byUser = new Map<string, string[]>();
  for (const m of memberships)
    (byUser.get(m.userId) ?? byUser.set(m.userId, []).get(m.userId)!).push(m.practiceId);
  return rows.map((row) => ({
    ...row,
    practiceIds: (byUser.get(row.id) ?? []).sort(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export async function toUserView(db: TenantExecutor, row: UserRow): Promise<UserView> {
  const [view] = await toUserViews(db, [row]);
  return view!;
}
