import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '@/server/owner/db/schema';
import { appliedVersion, migrationPlan, TENANT_MIGRATIONS } from '@/server/tenancy/migrations/run-migrations';
import { provisionTenant } from '@/server/tenancy/provisioning/provision-tenant';
import { setupControlPlane } from '@/server/tenancy/setup';
import { loadTenantConnectionInfo } from '@/server/tenancy/connections/connection-info';
import { createExtraMigrationFolder, type ExtraMigration } from '../../scripts/lib/extra-migration';
import { runScript } from '@tests/support/core-cli';
import {
  startPrivateCluster,
  useClusterInThisProcess,
  withClient,
  type PrivateCluster,
} from '@tests/support/core-cluster';
import { uniqueSlug } from '@tests/support/factories';
import pg from 'pg';

// The command migrates every tenant of the cluster, so it runs against a private one: other files' tenants would
// otherwise be migrated (and dropped) under it.
let cluster: PrivateCluster;
let probe: ExtraMigration;
const provisioned: Tenant[] = [];

beforeAll(async () => {
  cluster = await startPrivateCluster();
  await useClusterInThisProcess(cluster.env);
  await setupControlPlane();
  const slugs = Array.from({ length: 20 }, () => uniqueSlug('mig'));
  for (let i = 0; i < slugs.length; i += 4) {
    const batch = slugs.slice(i, i + 4).map((slug) =>
      provisionTenant({
        name: `Clinic ${slug}`,
        slug,
        admin: { email: `admin@${slug}.test`, name: 'Admin', password: 'admin-password-123' },
      }),
    );
    provisioned.push(...(await Promise.all(batch)));
  }
  probe = createExtraMigrationFolder('cli_probe', [
    'CREATE TABLE "cli_probe" ("id" integer PRIMARY KEY, "note" text)',
  ]);
}, 300_000);

afterAll(async () => {
  probe?.remove();
  await cluster?.stop();
});

async function versionOf(database: string): Promise<number> {
  return withClient(cluster.url(database), (client) => appliedVersion(client));
}

describe('npm run tenants:migrate', () => {
  it('migrates every tenant but a broken one, reports it, exits non-zero, and a re-run touches only that one', async () => {
    const broken = provisioned[7]!;
    // The migration will fail there: the object it creates already exists.
    await withClient(cluster.url(broken.dbName), (c) => c.query('create table cli_probe (x integer)'));

    const first = await runScript(
      'tenants-migrate.ts',
      ['--migrations', probe.folder, '--concurrency', '3'],
      cluster.env,
    );
    expect(first.code).toBe(1);
    // 20 provisioned tenants + the default one.
    expect(first.stdout).toContain('Tenants: 20 migrated, 0 already current, 1 failed');
    expect(first.stdout).toMatch(
      new RegExp(
        `${broken.slug} \\(${broken.dbName} on 127\\.0\\.0\\.1:\\d+\\): relation "cli_probe" already exists`,
      ),
    );

    const latest = migrationPlan(probe.folder).latest;
    const committed = migrationPlan(TENANT_MIGRATIONS).latest;
    expect(await versionOf('smartdmv_tenant_template')).toBe(latest);
    for (const t of provisioned)
      expect(await versionOf(t.dbName)).toBe(t.id === broken.id ? committed : latest);

    // The new table is usable by each migrated tenant's own role (grants re-applied after migrating).
    const other = provisioned[0]!;
    const info = await loadTenantConnectionInfo(other.id);
    const asTenant = new pg.Client(info);
    await asTenant.connect();
    await asTenant.query("insert into cli_probe (id, note) values (1, 'ok')");
    expect((await asTenant.query('select note from cli_probe')).rows).toEqual([{ note: 'ok' }]);
    await asTenant.end();

    await withClient(cluster.url(broken.dbName), (c) => c.query('drop table cli_probe'));
    const second = await runScript('tenants-migrate.ts', ['--migrations', probe.folder], cluster.env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Template: already current.');
    expect(second.stdout).toContain('Tenants: 1 migrated, 20 already current, 0 failed');
    expect(await versionOf(broken.dbName)).toBe(latest);
  }, 240_000);

  it('limits the run to one tenant with --tenant and refuses an unknown one', async () => {
    const only = await runScript(
      'tenants-migrate.ts',
      ['--tenant', provisioned[3]!.slug, '--migrations', probe.folder],
      cluster.env,
    );
    expect(only.code).toBe(0);
    expect(only.stdout).toContain('Tenants: 0 migrated, 1 already current, 0 failed');

    const unknown = await runScript('tenants-migrate.ts', ['--tenant', 'no-such-clinic'], cluster.env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Tenant "no-such-clinic" not found.');

    const bad = await runScript('tenants-migrate.ts', ['--concurrency', '0'], cluster.env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--concurrency');
  }, 120_000);

  it('confirms current tenants by their schema marker on a no-op run; --verify checks every journal', async () => {
    const latest = migrationPlan(probe.folder).latest;
    const marker = async (database: string) =>
      withClient(cluster.url('postgres'), async (c) => {
        const { rows } = await c.query<{ comment: string | null }>(
          "select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1",
          [database],
        );
        return rows[0]?.comment;
      });
    // Written from each database's own journal, so the tenant that failed first and was migrated later shows it too.
    for (const t of provisioned)
      expect(await marker(t.dbName)).toBe(`smartdmv tenant ${t.id}; schema ${latest}`);

    const noop = await runScript('tenants-migrate.ts', ['--migrations', probe.folder], cluster.env);
    expect(noop.code).toBe(0);
    expect(noop.stdout).toContain('Tenants: 0 migrated, 21 already current, 0 failed');
    expect(noop.stdout).toContain('21 of them were confirmed current by their schema marker');

    // Older contents restored into the same database (the journal loses the probe, the marker keeps it): only a
    // --verify run, which reads every journal, can notice.
    const restored = provisioned[11]!;
    await withClient(cluster.url(restored.dbName), async (c) => {
      await c.query('drop table cli_probe');
      await c.query('delete from drizzle.__drizzle_migrations where created_at = $1', [latest]);
    });
    const trusting = await runScript('tenants-migrate.ts', ['--migrations', probe.folder], cluster.env);
    expect(trusting.stdout).toContain('21 of them were confirmed current by their schema marker');
    expect(await versionOf(restored.dbName)).toBe(migrationPlan(TENANT_MIGRATIONS).latest);

    const verify = await runScript(
      'tenants-migrate.ts',
      ['--migrations', probe.folder, '--verify'],
      cluster.env,
    );
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('Tenants: 1 migrated, 20 already current, 0 failed');
    expect(verify.stdout).not.toContain('confirmed current by their schema marker');
    expect(await versionOf(restored.dbName)).toBe(latest);
  }, 180_000);
});
