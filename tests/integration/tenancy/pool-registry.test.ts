import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '@/server/owner/db/schema';
import { TenantPoolRegistry } from '@/server/tenancy/pool-registry';
import { loadTenantConnectionInfo } from '@/server/tenancy/tenant-connection';
import { provisionTenant } from '@/server/tenancy/provision-tenant';
import { adminUrl } from '../../support/core-admin';
import { uniqueSlug } from '../../support/factories';

const MAX_TOTAL = 6;
const PER_TENANT = 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const active: Tenant[] = [];
let monitor: pg.Client;

beforeAll(async () => {
  // Three times as many tenants as the connection cap: every one of them wants connections at once.
  const slugs = Array.from({ length: MAX_TOTAL * 3 }, () => uniqueSlug('pool'));
  for (let i = 0; i < slugs.length; i += 3) {
    active.push(
      ...(await Promise.all(
        slugs.slice(i, i + 3).map((slug) =>
          provisionTenant({
            name: `Pool ${slug}`,
            slug,
            admin: { email: `admin@${slug}.test`, name: 'Admin', password: 'admin-password-123' },
          }),
        ),
      )),
    );
  }
  monitor = new pg.Client({ connectionString: adminUrl('postgres') });
  await monitor.connect();
}, 180_000);

afterAll(async () => {
  await monitor?.end();
});

/** Server-side truth: tenant-pool connections to this file's tenant databases (other files run in parallel). */
async function tenantConnections(databases: string[]): Promise<number> {
  const { rows } = await monitor.query<{ n: number }>(
    "select count(*)::int as n from pg_stat_activity where application_name = 'smartdmv-tenant' and datname = any($1)",
    [databases],
  );
  return rows[0]!.n;
}

describe('TenantPoolRegistry', () => {
  it('never holds more connections than the cap while 3× as many tenants query at once', async () => {
    const registry = new TenantPoolRegistry({
      maxTotal: MAX_TOTAL,
      maxPerTenant: PER_TENANT,
      idleMs: 60_000,
      loadConnectionInfo: loadTenantConnectionInfo,
    });
    const databases = active.map((t) => t.dbName);
    let serverPeak = 0;
    let clientPeak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        serverPeak = Math.max(serverPeak, await tenantConnections(databases));
        clientPeak = Math.max(clientPeak, registry.stats().connections);
        await sleep(5);
      }
    })();
    let completed = 0;
    try {
      // Two rounds of three concurrent queries per tenant, all 18 tenants at once.
      const work = [0, 1].flatMap(() =>
        active.flatMap((t) =>
          [0, 1, 2].map(() =>
            registry.withDb(t.id, async (db) => {
              await db.execute(sql`select pg_sleep(0.05)`);
              completed++;
            }),
          ),
        ),
      );
      await Promise.all(work);
    } finally {
      sampling = false;
      await sampler;
      await registry.closeAll();
    }
    expect(completed).toBe(active.length * 6);
    expect(serverPeak).toBeLessThanOrEqual(MAX_TOTAL);
    expect(clientPeak).toBeLessThanOrEqual(MAX_TOTAL);
    // The sampler did see the load (otherwise the bound above would prove nothing).
    expect(serverPeak).toBeGreaterThanOrEqual(PER_TENANT);
    expect(await tenantConnections(databases)).toBe(0);
  }, 120_000);

  it('lets an evicted pool finish its in-flight query before closing it', async () => {
    // Room for two pools of one connection each.
    const registry = new TenantPoolRegistry({
      maxTotal: 2,
      maxPerTenant: 1,
      idleMs: 60_000,
      loadConnectionInfo: loadTenantConnectionInfo,
    });
    const [a, b, c] = active as [Tenant, Tenant, Tenant];
    try {
      const dbA = await registry.handle(a.id);
      // .then() starts it now: drizzle queries are lazy until awaited.
      const slow = dbA
        .execute<{ v: string }>(sql`select 'finished' as v from pg_sleep(1.5)`)
        .then((r) => r.rows);
      let settled = false;
      void slow.finally(() => (settled = true));
      await sleep(150);
      await registry.withDb(b.id, (db) => db.execute(sql`select 1`));
      // A third tenant needs a slot: A is the least recently used pool and gets evicted mid-query.
      await registry.withDb(c.id, (db) => db.execute(sql`select 1`));
      expect(registry.openTenantIds()).not.toContain(a.id);
      expect(settled).toBe(false);
      expect(await slow).toEqual([{ v: 'finished' }]);
      // closeAll() also waits for pools evicted earlier: A's connection is gone on the server too.
      await registry.closeAll();
      expect(await tenantConnections([a.dbName, b.dbName, c.dbName])).toBe(0);
    } finally {
      await registry.closeAll();
    }
  });

  it('shares one pool between concurrent first calls for a tenant', async () => {
    const registry = new TenantPoolRegistry({
      maxTotal: 10,
      maxPerTenant: 2,
      idleMs: 60_000,
      loadConnectionInfo: loadTenantConnectionInfo,
    });
    try {
      const handles = await Promise.all(Array.from({ length: 5 }, () => registry.handle(active[0]!.id)));
      expect(new Set(handles).size).toBe(1);
      expect(registry.stats().pools).toBe(1);
    } finally {
      await registry.closeAll();
    }
  });
});
