import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { paginate } from '@/server/shared/http/pagination';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { assertPracticeInScope, inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { clients } from '@/server/tenant/db/schema';
import { clientColumns, toClientView } from './client-view';
import type { ListClientsQuery } from './clients.schema';
import { afterText, decodeTextCursor } from '@/server/shared/http/keyset';
import { containsPattern, digitsOf } from '@/server/shared/search-pattern';

export type ListClientsOptions = { user: TenantSessionUser; query: ListClientsQuery };

/** Clients of the caller's practices by name, optionally searched by name, email or phone. */
export async function listClients(db: TenantDb, { user, query }: ListClientsOptions) {
  const cursor = decodeTextCursor(query.cursor);
  const conditions: SQL[] = [inUserPractices(clients.practiceId, user)];
  if (query.practiceId) {
    assertPracticeInScope(user, query.practiceId);
    conditions.push(eq(clients.practiceId, query.practiceId));
  }
  if (query.q) conditions.push(searchClients(query.q));
  if (cursor) conditions.push(afterText(clients.name, clients.id, cursor));
  const rows = await db
    .select(clientColumns)
    .from(clients)
    .where(and(...conditions))
    .orderBy(clients.name, clients.id)
    .limit(query.limit + 1);
  const { data: pageRows, nextCursor } = paginate(rows, query.limit, (row) => row.name);
  return { data: pageRows.map(toClientView), nextCursor };
}

function searchClients(term: string): SQL {
  const pattern = containsPattern(term);
  const matches = [
    ilike(clients.name, pattern),
    ilike(clients.email, pattern),
    ilike(clients.phone, pattern),
  ];
  // "555 0101" should find "(555) 010-1": compare digits only once the term has enough of them to mean a number.
  const digits = digitsOf(term);
  if (digits.length >= 3)
    matches.push(sql`regexp_replace(${clients.phone}, '\\D', '', 'g') like ${`%${digits}%`}`);
  return or(...matches)!;
}
