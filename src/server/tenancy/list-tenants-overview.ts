import { asc, ne, sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import type { TenantStatus } from '@/lib/domain/owner/tenants';

/** One line per tenant for operators (`npm run tenants:list`): where its database lives, its hosts and its plan. */
export type TenantOverview = {
  id: string;
  slug: string;
  name: string;
  status: TenantStatus;
  isDefault: boolean;
  database: string;
  server: string;
  /** Primary first. */
  domains: string[];
  planCode: string | null;
  lastError: string | null;
  createdAt: Date;
};

export type ListTenantsOverviewOptions = { includeDeleted?: boolean };

/** All tenants, oldest first, in one query (domains and current plan as correlated subqueries). */
export async function listTenantsOverview(
  db: OwnerDb,
  options: ListTenantsOverviewOptions = {},
): Promise<TenantOverview[]> {
  const rows = await db
    .select({
      id: tenants.id,
      slug: tenants.slug,
      name: tenants.name,
      status: tenants.status,
      isDefault: tenants.isDefault,
      database: tenants.dbName,
      dbHost: tenants.dbHost,
      dbPort: tenants.dbPort,
      lastError: tenants.lastError,
      createdAt: tenants.createdAt,
      // Correlated on the outer table by name: drizzle renders its columns unqualified in a single-table select.
      domains: sql<string[]>`coalesce((
        select array_agg(d.domain order by d.is_primary desc, d.domain)
        from tenant_domains d where d.tenant_id = tenants.id
      ), '{}')`,
      planCode: sql<string | null>`(
        select p.code from tenant_subscriptions s join subscription_plans p on p.id = s.plan_id
        where s.tenant_id = tenants.id and s.ended_at is null
      )`,
    })
    .from(tenants)
    .where(options.includeDeleted ? undefined : ne(tenants.status, 'DELETED'))
    .orderBy(asc(tenants.createdAt), asc(tenants.slug));
  return rows.map(({ dbHost, dbPort, ...row }) => ({ ...row, server: `${dbHost}:${dbPort}` }));
}
