import { and, desc, eq, exists, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { subscriptionPlans, tenantDomains, tenants, tenantSubscriptions } from '@/server/owner/db/schema';
import { AppError } from '@/server/shared/errors';
import { decodeCursor, encodeCursor } from '@/server/shared/http/pagination';
import type { ListTenantsQuery } from './list-tenants.schema';
import { toTenantSummaries, type TenantSummary } from './tenant-summaries';

/** `created_at` as exact text (microseconds, UTC): a JS Date would drop the microseconds and break the keyset. */
const createdAtKey = sql<string>`to_char(${tenants.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const CURSOR_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `%`, `_` and `\` typed by the operator are literal characters, not patterns. */
function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Newest first, keyset-paginated on (created_at, id). */
export async function listTenants(
  db: OwnerDb,
  options: ListTenantsQuery,
): Promise<{ items: TenantSummary[]; nextCursor: string | null }> {
  const filters: SQL[] = [];
  const statuses =
    options.status === undefined
      ? undefined
      : Array.isArray(options.status)
        ? options.status
        : [options.status];
  filters.push(statuses ? inArray(tenants.status, statuses) : ne(tenants.status, 'DELETED'));
  if (options.q) {
    const pattern = containsPattern(options.q);
    filters.push(
      or(
        ilike(tenants.name, pattern),
        ilike(tenants.slug, pattern),
        exists(
          db
            .select({ one: sql`1` })
            .from(tenantDomains)
            .where(and(eq(tenantDomains.tenantId, tenants.id), ilike(tenantDomains.domain, pattern))),
        ),
      )!,
    );
  }
  if (options.plan) {
    filters.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(tenantSubscriptions)
          .innerJoin(subscriptionPlans, eq(subscriptionPlans.id, tenantSubscriptions.planId))
          .where(
            and(
              eq(tenantSubscriptions.tenantId, tenants.id),
              isNull(tenantSubscriptions.endedAt),
              eq(subscriptionPlans.code, options.plan),
            ),
          ),
      ),
    );
  }
  const cursor = decodeCursor(options.cursor);
  // A tampered cursor must be a 400, not a cast error from PostgreSQL.
  if (cursor && !(typeof cursor.k === 'string' && CURSOR_KEY.test(cursor.k) && UUID.test(cursor.id))) {
    throw new AppError(400, 'INVALID_CURSOR', 'The cursor is not valid; start again without it.');
  }
  if (cursor)
    filters.push(
      sql`(${tenants.createdAt}, ${tenants.id}) < (${String(cursor.k)}::timestamptz, ${cursor.id}::uuid)`,
    );

  const rows = await db
    .select({ tenant: tenants, key: createdAtKey })
    .from(tenants)
    .where(and(...filters))
    .orderBy(desc(tenants.createdAt), desc(tenants.id))
    .limit(options.limit + 1);
  const pageRows = rows.slice(0, options.limit);
  const last = pageRows[pageRows.length - 1];
  const nextCursor =
    rows.length > options.limit && last ? encodeCursor({ k: last.key, id: last.tenant.id }) : null;
  return {
    items: await toTenantSummaries(
      db,
      pageRows.map((r) => r.tenant),
    ),
    nextCursor,
  };
}
