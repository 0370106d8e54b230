import fs from 'node:fs/promises';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerDb } from '@/server/owner/db/client';
import { ownerLoginThrottle, ownerSessions, tenantUsage } from '@/server/owner/db/schema';
import { cleanAllJob } from '@/server/operations/housekeeping/clean-all.job';
import { cleanClinicJob } from '@/server/operations/housekeeping/clean-clinic.job';
import { startWorkers } from '@/server/operations/jobs/run-workers';
import { snapshotTenantUsage } from '@/server/owner/usage/snapshot-tenant-usage';
import { snapshotClinicUsageJob } from '@/server/operations/usage/snapshot-clinic-usage.job';
import { snapshotAllUsageJob } from '@/server/operations/usage/snapshot-all-usage.job';
import { loginThrottle, patients, practices, clients, sessions, users } from '@/server/tenant/db/schema';
import { getTenantDatabase } from '@/server/tenancy/connections/tenant-connections';
import { createOwnerAccount } from '@tests/support/owner-auth';
import { createTestTenant, signIn } from '@tests/support/tenants';
import { waitFor } from '@tests/support/wait-for';

const HOUR = 3600_000;
const noLog = { debug() {}, info() {}, warn() {}, error() {} };
const context = { jobId: 'test', name: 'test', retryCount: 0, log: noLog };

/** One expired and one live session, two stale and one fresh throttle row, one old and one new upload part. */
async function seedClinicLeftovers(t: Awaited<ReturnType<typeof createTestTenant>>) {
  await signIn(t.origin, t.admin.email, t.admin.password);
  const db = await getTenantDatabase(t.tenant.id);
  const [admin] = await db.select().from(users).limit(1);
  const past = new Date(Date.now() - HOUR);
  await db.insert(sessions).values({
    id: `expired-${t.slug}`,
    userId: admin!.id,
    idleExpiresAt: past,
    absoluteExpiresAt: new Date(Date.now() + HOUR),
  });
  await db.insert(loginThrottle).values([
    { key: `ip:stale-${t.slug}`, failures: 3, windowStartedAt: new Date(Date.now() - 2 * HOUR) },
    {
      key: `ip:lock-passed-${t.slug}`,
      failures: 20,
      windowStartedAt: new Date(Date.now() - 3 * HOUR),
      lockedUntil: past,
    },
    { key: `ip:fresh-${t.slug}`, failures: 1, windowStartedAt: new Date() },
  ]);
  const incoming = path.join(t.tenant.storagePath, '.incoming');
  await fs.mkdir(incoming, { recursive: true });
  await fs.writeFile(path.join(incoming, 'old.part'), 'x');
  await fs.utimes(path.join(incoming, 'old.part'), past.getTime() / 1000 - 60, past.getTime() / 1000 - 60);
  await fs.writeFile(path.join(incoming, 'new.part'), 'y');
  return { db, incoming };
}

describe('housekeeping jobs', () => {
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ stop } = await startWorkers([cleanClinicJob, snapshotClinicUsageJob]));
  });
  afterAll(async () => stop());

  it('the hourly job cleans the owner database and fans out one clinic job that cleans each ACTIVE clinic', async () => {
    const active = await createTestTenant('hk');
    const { db, incoming } = await seedClinicLeftovers(active);
    const operator = await createOwnerAccount('hk', 'OWNER');
    await ownerDb.insert(ownerSessions).values({
      id: `expired-owner-${active.slug}`,
      ownerUserId: operator.id,
      idleExpiresAt: new Date(Date.now() - HOUR),
      absoluteExpiresAt: new Date(Date.now() - HOUR),
    });
    await ownerDb.insert(ownerLoginThrottle).values([
      { key: `ip:hk-stale-${active.slug}`, failures: 2, windowStartedAt: new Date(Date.now() - 2 * HOUR) },
      { key: `ip:hk-fresh-${active.slug}`, failures: 2, windowStartedAt: new Date() },
    ]);

    const result = (await cleanAllJob.handler({}, context)) as { sessions: number; clinics: number };
    expect(result.sessions).toBeGreaterThanOrEqual(1);
    expect(result.clinics).toBeGreaterThanOrEqual(1);
    const ownerIds = (await ownerDb.select({ id: ownerSessions.id }).from(ownerSessions)).map((s) => s.id);
    expect(ownerIds).not.toContain(`expired-owner-${active.slug}`);
    const ownerKeys = (await ownerDb.select({ key: ownerLoginThrottle.key }).from(ownerLoginThrottle)).map(
      (r) => r.key,
    );
    expect(ownerKeys).toContain(`ip:hk-fresh-${active.slug}`);
    expect(ownerKeys).not.toContain(`ip:hk-stale-${active.slug}`);

    // The fan-out queued one clinic job for this clinic. The suite's hundreds of other clinics got one each too;
    // move ours to the front so the test does not wait for all of theirs, then let the workers run it.
    const queued = await ownerDb.execute<{ id: string }>(
      sql`select id from pgboss.job where name = ${cleanClinicJob.name} and data->>'tenantId' = ${active.tenant.id}`,
    );
    expect(queued.rows).toHaveLength(1);
    await ownerDb.execute(sql`update pgboss.job set priority = 10 where id = ${queued.rows[0]!.id}`);
    await waitFor(async () => {
      const left = await db
        .select()
        .from(sessions)
        .where(eq(sessions.id, `expired-${active.slug}`));
      return left.length === 0;
    }, 60_000);
    await waitFor(async () => (await fs.readdir(incoming)).length === 1);
    expect(await fs.readdir(incoming)).toEqual(['new.part']);
    const live = await db.select().from(sessions);
    expect(live).toHaveLength(1); // the admin's real session survives
    const keys = (await db.select({ key: loginThrottle.key }).from(loginThrottle)).map((r) => r.key);
    expect(keys).toEqual([`ip:fresh-${active.slug}`]);
  }, 120_000);

  it('the clinic job skips a clinic that is not ACTIVE', async () => {
    const suspended = await createTestTenant('hk-susp');
    await seedClinicLeftovers(suspended);
    await ownerDb.execute(sql`update tenants set status = 'SUSPENDED' where id = ${suspended.tenant.id}`);
    const { enqueueJob } = await import('@/server/operations/jobs/enqueue-job');
    // Ahead of the fan-out's jobs for the suite's other clinics.
    const jobId = (await enqueueJob(cleanClinicJob, { tenantId: suspended.tenant.id }, { priority: 10 }))!;
    await waitFor(async () => {
      const rows = await ownerDb.execute<{ state: string }>(
        sql`select state from pgboss.job where id = ${jobId}`,
      );
      return rows.rows[0]?.state === 'completed';
    });
    // The suspension closed the clinic's pool: open it again to look.
    const db = await getTenantDatabase(suspended.tenant.id);
    const left = await db
      .select()
      .from(sessions)
      .where(eq(sessions.id, `expired-${suspended.slug}`));
    expect(left).toHaveLength(1);
  }, 120_000);
});

describe('daily usage snapshot', () => {
  it('stores users, practices, active patients, storage and database bytes, once per clinic per day', async () => {
    const t = await createTestTenant('snap');
    const db = await getTenantDatabase(t.tenant.id);
    const [practice] = await db.select().from(practices).limit(1);
    const [client] = await db.insert(clients).values({ practiceId: practice!.id, name: 'Ann' }).returning();
    await db.insert(patients).values([
      { practiceId: practice!.id, clientId: client!.id, name: 'Rex', species: 'dog' },
      { practiceId: practice!.id, clientId: client!.id, name: 'Old', species: 'cat', status: 'DECEASED' },
    ]);
    await fs.writeFile(path.join(t.tenant.storagePath, 'documents', 'a.pdf'), Buffer.alloc(500));

    const now = new Date('2026-03-14T00:10:00Z');
    await snapshotTenantUsage(ownerDb, { tenantId: t.tenant.id, now });
    await db
      .insert(patients)
      .values({ practiceId: practice!.id, clientId: client!.id, name: 'Tom', species: 'cat' });
    await snapshotTenantUsage(ownerDb, { tenantId: t.tenant.id, now: new Date('2026-03-14T09:00:00Z') });

    const days = await ownerDb
      .select()
      .from(tenantUsage)
      .where(and(eq(tenantUsage.tenantId, t.tenant.id), eq(tenantUsage.granularity, 'day')));
    expect(days).toHaveLength(1);
    expect(days[0]).toMatchObject({
      periodStart: '2026-03-14',
      periodEnd: '2026-03-14',
      users: 1,
      practices: 1,
      patients: 2,
      storageBytes: 500,
    });
    expect(days[0]!.databaseBytes).toBeGreaterThan(1_000_000);

    await snapshotTenantUsage(ownerDb, { tenantId: t.tenant.id, now: new Date('2026-03-15T00:10:00Z') });
    const after = await ownerDb
      .select({ day: tenantUsage.periodStart })
      .from(tenantUsage)
      .where(and(eq(tenantUsage.tenantId, t.tenant.id), eq(tenantUsage.granularity, 'day')));
    expect(after.map((r) => r.day).sort()).toEqual(['2026-03-14', '2026-03-15']);
  });

  it('the daily job queues one snapshot per ACTIVE clinic and none for a suspended one', async () => {
    const active = await createTestTenant('snap-all');
    const suspended = await createTestTenant('snap-susp');
    await ownerDb.execute(sql`update tenants set status = 'SUSPENDED' where id = ${suspended.tenant.id}`);
    const first = (await snapshotAllUsageJob.handler({}, context)) as { clinics: number; queued: number };
    expect(first.clinics).toBeGreaterThanOrEqual(1);
    const queued = await ownerDb.execute<{ tenant_id: string }>(
      sql`select data->>'tenantId' as tenant_id from pgboss.job where name = ${snapshotClinicUsageJob.name}`,
    );
    const ids = queued.rows.map((r) => r.tenant_id);
    expect(ids.filter((id) => id === active.tenant.id)).toHaveLength(1);
    expect(ids).not.toContain(suspended.tenant.id);
    // The same day again queues nothing twice.
    await snapshotAllUsageJob.handler({}, context);
    const again = await ownerDb.execute<{ n: number }>(
      sql`select count(*)::int as n from pgboss.job where name = ${snapshotClinicUsageJob.name} and data->>'tenantId' = ${active.tenant.id}`,
    );
    expect(again.rows[0]!.n).toBe(1);
  });
});
