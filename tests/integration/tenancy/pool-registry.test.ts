import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '@/server/owner/db/schema';
import { TenantPoolRegistry } from '@/server/tenancy/connections/pool-registry';
import { loadTenantConnectionInfo } from '@/server/tenancy/connections/connection-info';
import { provisionTenant } from '@/server/tenancy/provisioning/provision-tenant';
import { adminUrl } from '@tests/support/core-admin';
import { uniqueSlug } from '@tests/support/factories';

const MAX_TOTAL = 4;
const PER_TENANT = 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const active: Tenant[] = [];
let monitor: pg.Client;

beforeAll(async () => {
  // Ten times as many tenants as the connection cap: every one of them wants connections at once.
  const slugs = Array.from({ length: MAX_TOTAL * 10 }, () => uniqueSlug('pool'));
  for (let i = 0; i < slugs.length; i += 4) {
    active.push(
      ...(await Promise.all(
        slugs.slice(i, i + 4).map((slug) =>
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
}, 300_000);

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
  it('never holds more connections than the cap while 10× as many tenants query at once', async () => {
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
      // Two rounds of three concurrent queries per tenant, all 40 tenants at once.
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

  it('closes an idle connection for a new clinic at once, never a busy one, and the busy query finishes', async () => {
    // Room for two connections in all.
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
      // A third tenant needs a slot: B's idle connection is closed for it at once; A's busy one is left alone.
      const started = Date.now();
      await registry.withDb(c.id, (db) => db.execute(sql`select 1`));
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(settled).toBe(false);
      expect(await tenantConnections([b.dbName])).toBe(0);
      expect(await slow).toEqual([{ v: 'finished' }]);
      await registry.closeAll();
      expect(await tenantConnections([a.dbName, b.dbName, c.dbName])).toBe(0);
    } finally {
      await registry.closeAll();
    }
  });

  it("keeps a busy clinic's connection and closes the one a clinic seen once left, even when it is more recent", async () => {
    const registry = new TenantPoolRegistry({
      maxTotal: 2,
      maxPerTenant: 1,
      idleMs: 60_000,
      loadConnectionInfo: loadTenantConnectionInfo,
    });
    const [hot, once, newcomer] = active.slice(6, 9) as [Tenant, Tenant, Tenant];
    try {
      for (let i = 0; i < 20; i++) await registry.withDb(hot.id, (db) => db.execute(sql`select 1`));
      await sleep(20);
      // Used later than the hot clinic: least-recently-used would close the hot clinic's connection next.
      await registry.withDb(once.id, (db) => db.execute(sql`select 1`));
      await registry.withDb(newcomer.id, (db) => db.execute(sql`select 1`));
      await sleep(100); // the closed socket reaches pg_stat_activity
      expect(await tenantConnections([hot.dbName])).toBe(1);
      expect(await tenantConnections([once.dbName])).toBe(0);
      expect(await tenantConnections([newcomer.dbName])).toBe(1);
    } finally {
      await registry.closeAll();
    }
  });

  it('lets a busy clinic grow to the per-tenant maximum while others keep one connection each', async () => {
    const registry = new TenantPoolRegistry({
      maxTotal: 6,
      maxPerTenant: 4,
      idleMs: 60_000,
      loadConnectionInfo: loadTenantConnectionInfo,
    });
    const [busy, ...others] = active.slice(3, 6) as [Tenant, Tenant, Tenant];
    try {
      // The others hold one connection each (idle), then the busy clinic runs 6 queries at once.
      for (const t of others) await registry.withDb(t.id, (db) => db.execute(sql`select 1`));
      let peakBusy = 0;
      const work = Array.from({ length: 6 }, () =>
        registry.withDb(busy.id, async (db) => {
          await db.execute(sql`select pg_sleep(0.3)`);
          peakBusy = Math.max(peakBusy, await tenantConnections([busy.dbName]));
        }),
      );
      await Promise.all(work);
      expect(peakBusy).toBe(4);
      // Four for the busy clinic and one each for the others fit under six: nobody had to give theirs up.
      expect(await tenantConnections(others.map((t) => t.dbName))).toBe(2);
      expect(registry.stats().peakConnections).toBeLessThanOrEqual(6);
    } finally {
      await registry.closeAll();
    }
  });

  it('runs transactions on one connection and returns it afterwards', async () => {
    const registry = new TenantPoolRegistry({
      maxTotal: 2,
      maxPerTenant: 1,
      idleMs: 60_000,
      loadConnectionInfo: loadTenantConnectionInfo,
    });
    try {
      const db = await registry.handle(active[6]!.id);
      const pid = await db.transaction(async (tx) => {
        const first = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
        const second = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
        expect(second.rows[0]!.pid).toBe(first.rows[0]!.pid);
        return first.rows[0]!.pid;
      });
      const after = await db.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
      expect(after.rows[0]!.pid).toBe(pid);
      expect(registry.stats()).toMatchObject({ connections: 1, idle: 1 });
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
