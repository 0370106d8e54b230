import { ownerDb } from '../../src/server/owner/db/client';
import { tenants } from '../../src/server/owner/db/schema';
import { MAINTENANCE_DATABASE, withAdminClient } from '../../src/server/tenancy/cluster/admin-client';
import { clusterConfig, TEMPLATE_DATABASE } from '../../src/server/tenancy/cluster/cluster';
import { ownershipComment, quoteIdent, quoteLiteral } from '../../src/server/tenancy/cluster/identifiers';
import { tenantStoragePath } from '../../src/server/tenancy/provisioning/storage';

/**
 * Benchmark-only tenants for the no-op migration runs: raw clones of the (current) template registered as ACTIVE.
 * They have a real, marked database each, which is all a version check touches, but no role, folders or admin: never use
 * this outside the benchmark's throwaway cluster.
 */
export async function addCloneTenants(count: number): Promise<void> {
  const server = clusterConfig().admin;
  const slugs = Array.from({ length: count }, (_, i) => `noop-${String(i).padStart(5, '0')}`);
  let next = 0;
  const worker = () =>
    withAdminClient(MAINTENANCE_DATABASE, async (client) => {
      while (next < slugs.length) {
        const slug = slugs[next++]!;
        await client.query(
          `create database ${quoteIdent(`tenant_${slug}`)} template ${quoteIdent(TEMPLATE_DATABASE)}`,
        );
      }
    });
  await Promise.all([worker(), worker()]);
  for (let i = 0; i < slugs.length; i += 500) {
    const rows = await ownerDb
      .insert(tenants)
      .values(
        slugs.slice(i, i + 500).map((slug) => ({
          slug,
          name: slug,
          status: 'ACTIVE' as const,
          dbHost: server.host,
          dbPort: server.port,
          dbName: `tenant_${slug}`,
          dbRole: `tenant_${slug}`,
          storagePath: tenantStoragePath(slug),
        })),
      )
      .returning({ id: tenants.id, dbName: tenants.dbName });
    // The ownership marker provisioning puts on a database; the first migration check adds the schema version.
    await withAdminClient(MAINTENANCE_DATABASE, (client) =>
      client.query(
        rows
          .map(
            (row) =>
              `comment on database ${quoteIdent(row.dbName)} is ${quoteLiteral(ownershipComment(row.id))}`,
          )
          .join(';\n'),
      ),
    );
  }
}
