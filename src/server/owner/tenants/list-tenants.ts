import { and, desc, eq, exists, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { subscriptionPlans, tenantDomains, tenants, tenantSubscriptions } from '@/server/owner/db/schema';
import { beforeTime, decodeTimeCursor, utcMicros } from '@/server/shared/http/keyset';
import { paginate, type Page } from '@/server/shared/http/pagination';
import { containsPattern } from '@/server/shared/search-pattern';
import type { ListTenantsQuery } from './list-tenants.schema';
import { toTenantSummaryViews, type TenantSummaryView } from './tenant-summary-view';

/** `created_at` as exact text (microseconds, UTC): a JS Date would drop the microseconds and break the keyset. */
const createdAtKey = utcMicros(tenants.createdAt);

/** Newest first, keyset-paginated on (created_at, id). */
export async function listTenants(db: OwnerDb, options: ListTenantsQuery): Promise<Page<TenantSummaryView>> {
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
  // A tampered cursor is a 400 (decodeTimeCursor), not a cast error from PostgreSQL.
  const cursor = decodeTimeCursor(options.cursor);
  if (cursor) filters.push(beforeTime(tenants.createdAt, tenants.id, cursor));

  const rows = await db
    .select({ tenant: tenants, key: createdAtKey })
    .from(tenants)
    .where(and(...filters))
    .orderBy(desc(tenants.createdAt), desc(tenants.id))
    .limit(options.limit + 1);
  const { data: pageRows, nextCursor } = paginate(
    rows,
    options.limit,
    (row) => row.key,
    (row) => row.tenant.id,
  );
  return {
    data: await toTenantSummaryViews(
      db,
      pageRows.map((r) => r.tenant),
    ),
    nextCursor,
  };
}
