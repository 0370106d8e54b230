import { and, eq, exists, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { paginate } from '@/server/shared/http/pagination';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { assertPracticeInScope } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { afterText, decodeTextCursor } from '@/server/shared/http/keyset';
import { containsPattern } from '@/server/shared/search-pattern';
import { userPractices, users } from '@/server/tenant/db/schema';
import { toUserViews, userColumns } from './user-view';
import type { ListUsersQuery } from './users.schema';

export type ListUsersOptions = { user: TenantSessionUser; query: ListUsersQuery };

/**
 * Staff of the clinic, by name. Admins see everyone; other roles see colleagues who share one of their practices
 * (enough to pick a veterinarian for a booking, without exposing the staff of practices they do not work at).
 */
export async function listUsers(db: TenantDb, { user, query }: ListUsersOptions) {
  const cursor = decodeTextCursor(query.cursor);
  const memberOf = (practiceIds: string[]) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(userPractices)
        .where(and(eq(userPractices.userId, users.id), inArray(userPractices.practiceId, practiceIds))),
    );

  const conditions: SQL[] = [];
  if (user.role !== 'ADMIN') conditions.push(memberOf(user.practiceIds));
  if (query.practiceId) {
    assertPracticeInScope(user, query.practiceId);
    conditions.push(memberOf([query.practiceId]));
  }
  if (query.role) conditions.push(eq(users.role, query.role));
  if (query.active !== undefined) conditions.push(eq(users.isActive, query.active));
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  if (cursor) conditions.push(afterText(users.name, users.id, cursor));

  const rows = await db
    .select(userColumns)
    .from(users)
    .where(and(...conditions))
    .orderBy(users.name, users.id)
    .limit(query.limit + 1);
  const { data: pageRows, nextCursor } = paginate(rows, query.limit, (row) => row.name);
  return { data: await toUserViews(db, pageRows), nextCursor };
}
