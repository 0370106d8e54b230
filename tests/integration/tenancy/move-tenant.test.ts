import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerDb } from '@/server/owner/db/client';
import { tenantMoves, tenants, type DatabaseServer } from '@/server/owner/db/schema';
import { createServer } from '@/server/owner/servers/create-server';
import { finalizeTenantMove } from '@/server/tenancy/moves/finalize-move';
import { MOVE_STEPS, runMove, type MoveStep } from '@/server/tenancy/moves/move-tenant';
import { requestMove } from '@/server/tenancy/moves/request-move';
import { tenantPools } from '@/server/tenancy/connections/tenant-connections';
import { databaseServers } from '@/server/owner/db/schema';
import * as moveRoute from '@/app/api/owner/tenants/[id]/move/route';
import { startWorkers } from '@/server/operations/jobs/run-workers';
import { moveTenantJob } from '@/server/tenancy/moves/move-tenant.job';
import { ownerCall, type OwnerAccount } from '@tests/support/owner-auth';
import { adminQuery } from '@tests/support/core-admin';
import { createOwnerAccounts } from '@tests/support/owner-auth';
import { startSecondServer, type SecondServer } from '@tests/support/second-server';
import { createTestTenant } from '@tests/support/tenants';

let second: SecondServer;
let target: DatabaseServer;
let operator: OwnerAccount;

beforeAll(async () => {
  second = await startSecondServer();
  const { owner } = await createOwnerAccounts('move');
  operator = owner;
  const view = await createServer(ownerDb, {
    input: {
      name: `move-target-${second.port}`,
      host: second.host,
      port: second.port,
      adminUser: second.user,
      adminPassword: second.password,
      capacity: 100,
    },
    context: { actor: owner, meta: { ipAddress: null, userAgent: null } },
  });
  [target] = (await ownerDb.select().from(databaseServers).where(eq(databaseServers.id, view.id))) as [
    DatabaseServer,
  ];
}, 120_000);

afterAll(async () => {
  await second?.retire();
});

/** Where the registry (the request path) reaches the clinic: the server port PostgreSQL reports. */
async function servedFrom(tenantId: string): Promise<number> {
  const result = await tenantPools().withDb(tenantId, (db) =>
    db.execute<{ port: number }>(sql`select inet_server_port() as port`),
  );
  return result.rows[0]!.port;
}

async function practiceCount(tenantId: string): Promise<number> {
  const result = await tenantPools().withDb(tenantId, (db) =>
    db.execute<{ n: number }>(sql`select count(*)::int as n from practices`),
  );
  return result.rows[0]!.n;
}

describe('moving a clinic to another server', () => {
  it('loses no acknowledged write under load, switches every connection, and keeps the source closed', async () => {
    const { tenant } = await createTestTenant('moving');
    const primaryPort = Number(process.env.PGPORT);
    expect(await servedFrom(tenant.id)).toBe(primaryPort);

    // Writers through the real connection path: an insert whose promise resolved is an acknowledged write.
    const acknowledged: string[] = [];
    let refused = 0;
    let writing = true;
    const writer = async (n: number) => {
      for (let i = 0; writing; i++) {
        try {
          const result = await tenantPools().withDb(tenant.id, (db) =>
            db.execute<{ id: string }>(
              sql`insert into practices (name) values (${`w${n}-${i}`}) returning id`,
            ),
          );
          acknowledged.push(result.rows[0]!.id);
        } catch {
          refused++;
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    };
    const writers = [0, 1, 2].map(writer);
    await new Promise((r) => setTimeout(r, 300));
    const move = await requestMove(ownerDb, { tenantId: tenant.id, serverId: target.id });
    const steps: MoveStep[] = [];
    const result = await runMove(move.id, {
      onProgress: ({ step }) => void (steps.includes(step) || steps.push(step)),
    });
    await new Promise((r) => setTimeout(r, 300));
    writing = false;
    await Promise.all(writers);

    expect(steps).toEqual([...MOVE_STEPS]);
    expect(result.unavailableMs).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(10);
    // Every acknowledged write is on the target, written before, during or after the move.
    const onTarget = await second.query<{ id: string }>(tenant.dbName, 'select id::text from practices');
    const present = new Set(onTarget.map((r) => r.id));
    expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
    expect(await servedFrom(tenant.id)).toBe(second.port);

    const [row] = await ownerDb.select().from(tenants).where(eq(tenants.id, tenant.id));
    expect(row).toMatchObject({ serverId: target.id, dbPort: second.port, maintenanceStartedAt: null });
    const [recorded] = await ownerDb.select().from(tenantMoves).where(eq(tenantMoves.id, move.id));
    expect(recorded).toMatchObject({ status: 'SUCCEEDED', unavailableMs: result.unavailableMs });

    // The source is kept renamed and closed to connections until finalized.
    const kept = await adminQuery<{ datname: string; datallowconn: boolean }>(
      'postgres',
      'select datname, datallowconn from pg_database where datname in ($1, $2)',
      [tenant.dbName, result.retainedDatabase],
    );
    expect(kept).toEqual([{ datname: result.retainedDatabase, datallowconn: false }]);
    await finalizeTenantMove(tenant.id);
    expect(
      await adminQuery('postgres', 'select 1 from pg_database where datname = $1', [result.retainedDatabase]),
    ).toEqual([]);
    // Writes were refused while the clinic was quiet (never acknowledged, so never lost).
    expect(refused).toBeGreaterThan(0);
  }, 120_000);

  it.each(MOVE_STEPS.filter((s) => s !== 'retire'))(
    'a failure at %s leaves the clinic served from its source and the target clean',
    async (failing) => {
      const { tenant } = await createTestTenant('movefail');
      await tenantPools().withDb(tenant.id, (db) =>
        db.execute(sql`insert into practices (name) values ('kept')`),
      );
      const before = await practiceCount(tenant.id);
      const move = await requestMove(ownerDb, { tenantId: tenant.id, serverId: target.id });
      await expect(
        runMove(move.id, {
          beforeStep: (step) => {
            if (step === failing) throw new Error(`injected failure at ${step}`);
          },
        }),
      ).rejects.toThrow(/injected failure/);

      const [row] = await ownerDb.select().from(tenants).where(eq(tenants.id, tenant.id));
      expect(row).toMatchObject({
        serverId: tenant.serverId,
        dbPort: tenant.dbPort,
        maintenanceStartedAt: null,
      });
      expect(await servedFrom(tenant.id)).toBe(Number(process.env.PGPORT));
      expect(await practiceCount(tenant.id)).toBe(before);
      expect(
        await second.query('postgres', 'select 1 from pg_database where datname = $1', [tenant.dbName]),
      ).toEqual([]);
      expect(
        await second.query('postgres', 'select 1 from pg_roles where rolname = $1', [tenant.dbRole]),
      ).toEqual([]);
      const [recorded] = await ownerDb.select().from(tenantMoves).where(eq(tenantMoves.id, move.id));
      expect(recorded!.status).toBe('FAILED');
    },
    60_000,
  );

  it('POST /api/owner/tenants/:id/move runs the move as a job; GET shows its progress and unavailable time', async () => {
    const { tenant } = await createTestTenant('moveapi');
    const workers = await startWorkers([moveTenantJob]);
    try {
      const res = await ownerCall(moveRoute.POST, {
        method: 'POST',
        path: `/api/owner/tenants/${tenant.id}/move`,
        params: { id: tenant.id },
        body: { serverId: target.id },
        cookie: operator.cookie,
      });
      expect(res.status).toBe(202);
      expect(res.body.data).toMatchObject({ status: 'QUEUED', toServerId: target.id });
      expect(res.body.data.jobId).toBeTruthy();

      const twice = await ownerCall(moveRoute.POST, {
        method: 'POST',
        path: `/api/owner/tenants/${tenant.id}/move`,
        params: { id: tenant.id },
        body: { serverId: target.id },
        cookie: operator.cookie,
      });
      expect(twice.status).toBe(409);

      const deadline = Date.now() + 60_000;
      let progress: { status: string; unavailableMs: number | null } | undefined;
      while (Date.now() < deadline) {
        const read = await ownerCall(moveRoute.GET, {
          method: 'GET',
          path: `/api/owner/tenants/${tenant.id}/move`,
          params: { id: tenant.id },
          cookie: operator.cookie,
        });
        progress = read.body.data;
        if (progress?.status === 'SUCCEEDED' || progress?.status === 'FAILED') break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(progress).toMatchObject({ status: 'SUCCEEDED' });
      expect(progress!.unavailableMs).toBeGreaterThan(0);
      expect(await servedFrom(tenant.id)).toBe(second.port);
    } finally {
      await workers.stop();
    }
  }, 120_000);
});
