import { and, ilike, type SQL } from 'drizzle-orm';
import { paginate } from '@/server/shared/http/pagination';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { afterText, decodeTextCursor } from '@/server/shared/http/keyset';
import { containsPattern } from '@/server/shared/search-pattern';
import { practices } from '@/server/tenant/db/schema';
import type { ListPracticesQuery } from './practices.schema';
import { toPracticeView } from './practice-view';

export type ListPracticesOptions = { user: TenantSessionUser; query: ListPracticesQuery };

/** The practices the caller works at (admins: all of the tenant's), by name. */
export async function listPractices(db: TenantDb, { user, query }: ListPracticesOptions) {
  const cursor = decodeTextCursor(query.cursor);
  const conditions: SQL[] = [inUserPractices(practices.id, user)];
  if (query.q) conditions.push(ilike(practices.name, containsPattern(query.q)));
  if (cursor) conditions.push(afterText(practices.name, practices.id, cursor));
  const rows = await db
    .select()
    .from(practices)
    .where(and(...conditions))
    .orderBy(practices.name, practices.id)
    .limit(query.limit + 1);
  const { data: pageRows, nextCursor } = paginate(rows, query.limit, (row) => row.name);
  return { data: pageRows.map(toPracticeView), nextCursor };
}
