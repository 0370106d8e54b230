import { eq, ne, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as server from '@/app/api/owner/servers/[id]/route';
import * as servers from '@/app/api/owner/servers/route';
import * as tenantsRoute from '@/app/api/owner/tenants/route';
import { ownerDb } from '@/server/owner/db/client';
import { databaseServers, tenants } from '@/server/owner/db/schema';
import { probeServer } from '@/server/operations/health/db-servers';
import { pickServer } from '@/server/tenancy/servers/pick-server';
import { forgetServerCredentials } from '@/server/tenancy/servers/server-credentials';
import { requestMove } from '@/server/tenancy/moves/request-move';
import { uniqueSlug } from '@tests/support/factories';
import { createOwnerAccounts, ownerCall, type OwnerAccount } from '@tests/support/owner-auth';
import { startSecondServer, type SecondServer } from '@tests/support/second-server';
import { createTestTenant, signIn } from '@tests/support/tenants';

let owner: OwnerAccount;
let second: SecondServer;

beforeAll(async () => {
  ({ owner } = await createOwnerAccounts('servers'));
  second = await startSecondServer();
}, 120_000);

afterAll(async () => {
  await second?.retire();
});

const body = (over: Record<string, unknown> = {}) => ({
  name: `pg-${uniqueSlug('s').slice(2)}`,
  host: second.host,
  port: second.port,
  adminUser: second.user,
  adminPassword: second.password,
  capacity: 50,
  ...over,
});

const post = (b: unknown) =>
  ownerCall(servers.POST, { method: 'POST', path: '/api/owner/servers', body: b, cookie: owner.cookie });

describe('database servers', () => {
  it('lists the primary server registered by set-up, with its clinics, bytes and connections', async () => {
    const res = await ownerCall(servers.GET, {
      method: 'GET',
      path: '/api/owner/servers',
      cookie: owner.cookie,
    });
    expect(res.status).toBe(200);
    const primary = res.body.data.find((s: { name: string }) => s.name === 'primary');
    expect(primary).toMatchObject({ status: 'ACTIVE', reachable: true, port: Number(process.env.PGPORT) });
    expect(primary.clinics).toBeGreaterThanOrEqual(1);
    expect(primary.databaseBytes).toBeGreaterThan(0);
    expect(typeof primary.connections).toBe('number');
    expect(JSON.stringify(res.body)).not.toContain(process.env.PGPASSWORD!);
  });

  it('refuses a server it cannot use with a 4xx naming what failed, and stores nothing', async () => {
    const wrongPassword = await post(body({ adminPassword: 'not-the-password' }));
    expect(wrongPassword.status).toBe(422);
    expect(wrongPassword.body.error.code).toBe('SERVER_AUTH_FAILED');
    expect(wrongPassword.body.error.message).not.toContain('not-the-password');

    const closedPort = await post(body({ port: 1 }));
    expect(closedPort.status).toBe(422);
    expect(closedPort.body.error.code).toBe('SERVER_UNREACHABLE');

    await second.query('postgres', "create role weak_admin login password 'weak-password-1'");
    const weak = await post(body({ adminUser: 'weak_admin', adminPassword: 'weak-password-1' }));
    expect(weak.status).toBe(422);
    expect(weak.body.error.code).toBe('SERVER_ADMIN_RIGHTS');
    expect(weak.body.error.message).toMatch(/CREATEDB and CREATEROLE/);

    const invalid = await post({ name: '', host: 'x', port: 'five', capacity: -1 });
    expect(invalid.status).toBe(400);

    const stored = await ownerDb.select().from(databaseServers).where(eq(databaseServers.port, second.port));
    expect(stored).toEqual([]);
  });

  it('refuses a move to the primary under another address before anything is touched', async () => {
    const primary = new URL(process.env.OWNER_DATABASE_URL!);
    const port = Number(primary.port);
    const credentials = {
      user: decodeURIComponent(primary.username),
      password: decodeURIComponent(primary.password),
    };
    // Another name for the same server: whichever of these reaches it on this machine.
    let alias: string | undefined;
    for (const host of ['localhost', '0.0.0.0'].filter((h) => h !== primary.hostname)) {
      const client = new pg.Client({ host, port, ...credentials, database: 'postgres' });
      const reached = await client.connect().then(
        () => true,
        () => false,
      );
      await client.end().catch(() => {});
      if (reached) {
        alias = host;
        break;
      }
    }
    expect(alias).toBeDefined();
    // Registering it is allowed (placement there is harmless); moving a clinic between the two names is not.
    // Capacity 0 keeps the other test files' clinics off it meanwhile.
    const registered = await post(
      body({
        host: alias,
        port,
        adminUser: credentials.user,
        adminPassword: credentials.password,
        capacity: 0,
      }),
    );
    expect(registered.status).toBe(201);
    const aliasRow = registered.body.data as { id: string };
    try {
      const clinic = await createTestTenant('samesrv');
      await expect(
        requestMove(ownerDb, { tenantId: clinic.tenant.id, serverId: aliasRow.id }),
      ).rejects.toMatchObject({
        code: 'SAME_SERVER',
        status: 409,
      });
      expect(
        await signIn(`http://${clinic.slug}.localhost:3000`, clinic.admin.email, clinic.admin.password),
      ).toContain('=');
    } finally {
      await ownerDb.delete(databaseServers).where(eq(databaseServers.id, aliasRow.id));
      forgetServerCredentials();
    }
  });

  it('registers a second server with its own template, places a clinic there on request, and drains it', async () => {
    const res = await post(body());
    expect(res.status).toBe(201);
    const registered = res.body.data;
    expect(registered).toMatchObject({ status: 'ACTIVE', capacity: 50, clinics: 0, reachable: true });
    expect(res.body.data).not.toHaveProperty('adminPassword');
    const [row] = await ownerDb.select().from(databaseServers).where(eq(databaseServers.id, registered.id));
    expect(row!.adminPasswordEncrypted).not.toContain(second.password);
    expect(
      await second.query('postgres', "select 1 from pg_database where datname = 'smartdmv_tenant_template'"),
    ).toHaveLength(1);

    const again = await post(body({ name: 'another-name' }));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SERVER_EXISTS');

    const slug = uniqueSlug('placed');
    const admin = { email: `admin@${slug}.test`, name: 'Admin', password: 'admin-password-123' };
    const createdTenant = await ownerCall(tenantsRoute.POST, {
      method: 'POST',
      path: '/api/owner/tenants',
      cookie: owner.cookie,
      body: { name: 'Placed clinic', slug, admin, serverId: registered.id },
    });
    expect(createdTenant.status).toBe(201);
    const [placed] = await ownerDb.select().from(tenants).where(eq(tenants.slug, slug));
    expect(placed).toMatchObject({ serverId: registered.id, dbPort: second.port });
    expect(
      await second.query('postgres', 'select 1 from pg_database where datname = $1', [placed!.dbName]),
    ).toHaveLength(1);
    // The clinic is served from the second server: its admin signs in.
    expect(await signIn(`http://${slug}.localhost:3000`, admin.email, admin.password)).toContain('=');
    // Health checks reach it as its own admin (its password is not the environment's).
    const probe = await probeServer({ host: second.host, port: second.port });
    expect(probe).toMatchObject({ reachable: true });
    expect(probe.connections).toBeGreaterThan(0);

    const listed = await ownerCall(servers.GET, {
      method: 'GET',
      path: '/api/owner/servers',
      cookie: owner.cookie,
    });
    expect(listed.body.data.find((s: { id: string }) => s.id === registered.id)).toMatchObject({
      clinics: 1,
    });

    const drained = await ownerCall(server.PATCH, {
      method: 'PATCH',
      path: `/api/owner/servers/${registered.id}`,
      params: { id: registered.id },
      cookie: owner.cookie,
      body: { status: 'DRAINING' },
    });
    expect(drained.status).toBe(200);
    expect(drained.body.data.status).toBe('DRAINING');
    const refused = await ownerCall(tenantsRoute.POST, {
      method: 'POST',
      path: '/api/owner/tenants',
      cookie: owner.cookie,
      body: { name: 'Refused', slug: uniqueSlug('refused'), admin, serverId: registered.id },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('SERVER_NOT_ACTIVE');
  });

  it('places a new clinic on the ACTIVE server with the most free capacity, never on a full or draining one', async () => {
    // Inside a transaction that is rolled back: other test files keep placing clinics on the real registry.
    await ownerDb
      .transaction(async (tx) => {
        await tx
          .update(databaseServers)
          .set({ status: 'OFFLINE' })
          .where(ne(databaseServers.status, 'OFFLINE'));
        const add = async (name: string, capacity: number, status: 'ACTIVE' | 'DRAINING' = 'ACTIVE') => {
          const [row] = await tx
            .insert(databaseServers)
            .values({
              name,
              host: `${name}.invalid`,
              port: 5432,
              adminUser: 'x',
              adminPasswordEncrypted: 'x',
              capacity,
              status,
            })
            .returning();
          return row!;
        };
        const small = await add('small', 2);
        const big = await add('big', 3);
        const draining = await add('draining', 100, 'DRAINING');
        const fill = async (serverId: string, n: number) => {
          for (let i = 0; i < n; i++) {
            const slug = uniqueSlug('fill');
            await tx.insert(tenants).values({
              slug,
              name: slug,
              status: 'ACTIVE',
              serverId,
              dbHost: 'x',
              dbPort: 5432,
              dbName: slug,
              dbRole: slug,
              storagePath: `/tmp/${slug}`,
            });
          }
        };
        expect((await pickServer(tx, undefined)).id).toBe(big.id); // 3 free against 2
        await fill(big.id, 2);
        expect((await pickServer(tx, undefined)).id).toBe(small.id); // 2 free against 1
        await fill(small.id, 2);
        expect((await pickServer(tx, undefined)).id).toBe(big.id); // the only one with room
        await fill(big.id, 1);
        await expect(pickServer(tx, undefined)).rejects.toMatchObject({ code: 'NO_SERVER_CAPACITY' });
        await expect(pickServer(tx, small.id)).rejects.toMatchObject({ code: 'SERVER_FULL' });
        await expect(pickServer(tx, draining.id)).rejects.toMatchObject({ code: 'SERVER_NOT_ACTIVE' });
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message.includes('Rollback'))) throw error;
      });
    const [{ n }] = (
      await ownerDb.execute<{ n: number }>(
        sql`select count(*)::int as n from database_servers where name in ('small','big','draining')`,
      )
    ).rows as [{ n: number }];
    expect(n).toBe(0);
  });
});
