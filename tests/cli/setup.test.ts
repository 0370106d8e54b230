import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { practices, users } from '@/server/tenant/db/schema';
import {
  appliedVersion,
  migrateDatabase,
  migrationPlan,
  TENANT_MIGRATIONS,
} from '@/server/tenancy/migrations/run-migrations';
import { getTenantDatabase } from '@/server/tenancy/connections/tenant-connections';
import { runScript } from '@tests/support/core-cli';
import {
  startPrivateCluster,
  useClusterInThisProcess,
  withClient,
  type PrivateCluster,
} from '@tests/support/core-cluster';

// The seed's situation: an existing single database (at an older schema, with data) becomes the default tenant,
// and the owner database was created by hand and is still empty. Set-up must take both over without losing rows.
const LEGACY = 'legacy_clinic';
let cluster: PrivateCluster;
let olderFolder: string;

/** The committed tenant migrations minus the newest one: the schema an existing install was left at. */
function olderMigrations(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'smartdmv-older-'));
  fs.cpSync(TENANT_MIGRATIONS, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, -1);
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

beforeAll(async () => {
  cluster = await startPrivateCluster({ defaultTenantDatabase: LEGACY });
  olderFolder = olderMigrations();
  await withClient(cluster.url('postgres'), async (c) => {
    await c.query('create database smartdmv_owner');
    await c.query(`create database ${LEGACY}`);
  });
  await withClient(cluster.url(LEGACY), async (c) => {
    await migrateDatabase(c, olderFolder);
    await c.query(
      "insert into practices (id, name) values ('00000000-0000-4000-8000-000000000001', 'Old Town Vets')",
    );
    await c.query(
      "insert into users (id, email, name, role, password_hash) values ('00000000-0000-4000-8000-000000000002', 'vet@oldtown.test', 'Dr Old', 'VETERINARIAN', 'scrypt$x')",
    );
    await c.query(
      "insert into user_practices (user_id, practice_id) values ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001')",
    );
  });
}, 120_000);

afterAll(async () => {
  fs.rmSync(olderFolder, { recursive: true, force: true });
  await cluster?.stop();
});

describe('npx tsx scripts/add-tenant-support.ts', () => {
  it('adopts an existing database as the default tenant with its rows intact, and a second run changes nothing', async () => {
    expect(migrationPlan(olderFolder).count).toBeLessThan(migrationPlan(TENANT_MIGRATIONS).count);

    const first = await runScript('add-tenant-support.ts', [], cluster.env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('applied owner migrations');
    expect(first.stdout).toContain('inserted 3 default plans');
    expect(first.stdout).toContain(`registered the default tenant (database ${LEGACY})`);
    expect(first.stdout).toContain(`migrated ${LEGACY} to the latest schema (existing rows kept)`);
    expect(first.stdout).not.toContain("created the default tenant's admin");
    expect(first.stdout).toContain('Owner account: owner@core.test');

    await withClient(cluster.url(LEGACY), async (c) => {
      expect(await appliedVersion(c)).toBe(migrationPlan(TENANT_MIGRATIONS).latest);
      expect((await c.query('select name from practices')).rows).toEqual([{ name: 'Old Town Vets' }]);
      expect((await c.query('select email, role from users')).rows).toEqual([
        { email: 'vet@oldtown.test', role: 'VETERINARIAN' },
      ]);
    });

    // The app reads the adopted data as the default tenant's own role.
    await useClusterInThisProcess(cluster.env);
    const [row] = await ownerDb.select().from(tenants).where(eq(tenants.isDefault, true));
    expect(row).toMatchObject({
      slug: 'default',
      status: 'ACTIVE',
      dbName: LEGACY,
      dbRole: 'tenant_default',
    });
    const db = await getTenantDatabase('default');
    expect(await db.select({ email: users.email }).from(users)).toEqual([{ email: 'vet@oldtown.test' }]);
    expect(await db.select({ name: practices.name }).from(practices)).toEqual([{ name: 'Old Town Vets' }]);

    const second = await runScript('add-tenant-support.ts', [], cluster.env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Set-up is current: nothing to change.');
    expect(second.stdout).not.toContain('Owner account');
  }, 180_000);

  it("runs the guide's one-liners and tenants:list against the external server", async () => {
    const owner = await runScript(
      '--input-type=module',
      [
        '-e',
        "import { ownerDb } from './src/db/owner-db.config'; console.log(await ownerDb.select().from(tenants))",
      ],
      cluster.env,
    );
    expect(owner.code).toBe(0);
    expect(owner.stdout).toContain(`dbName: '${LEGACY}'`);

    const tenant = await runScript(
      '--input-type=module',
      [
        '-e',
        "import { getTenantDatabase } from './src/lib/tenant-context'; const db = await getTenantDatabase('default'); console.log('Connected to tenant DB')",
      ],
      cluster.env,
    );
    expect(tenant.code).toBe(0);
    expect(tenant.stdout.trim()).toBe('Connected to tenant DB');

    const list = await runScript('tenants-list.ts', [], cluster.env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(
      /default \(default\)\s+ACTIVE\s+legacy_clinic\s+127\.0\.0\.1:\d+\s+-\s+enterprise/,
    );
  }, 120_000);
});
