import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '@tests/support/core-cli';
import { startPrivateCluster, withClient, type PrivateCluster } from '@tests/support/core-cluster';

// A default tenant database whose tables some other tool made (no SmartDMV migration journal).
const PUSHED = 'pushed_clinic';
let cluster: PrivateCluster;

beforeAll(async () => {
  cluster = await startPrivateCluster({ defaultTenantDatabase: PUSHED });
  await withClient(cluster.url('postgres'), (c) => c.query(`create database ${PUSHED}`));
  await withClient(cluster.url(PUSHED), async (c) => {
    await c.query('create table users (id serial primary key, email text not null)');
    await c.query("insert into users (email) values ('kept@pushed.test')");
  });
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

describe('set-up with a default database it did not create', () => {
  it('refuses tables without a migration journal, changes nothing, and follows a corrected DATABASE_URL', async () => {
    const refused = await runScript('add-tenant-support.ts', [], cluster.env);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      `Database ${PUSHED} already has 1 table(s) (users) but no SmartDMV migration history`,
    );
    expect(refused.stderr).not.toMatch(/\n\s+at /); // one clear line, no stack
    await withClient(cluster.url(PUSHED), async (c) => {
      expect((await c.query('select email from users')).rows).toEqual([{ email: 'kept@pushed.test' }]);
      const journal = await c.query(
        "select 1 from information_schema.schemata where schema_name = 'drizzle'",
      );
      expect(journal.rowCount).toBe(0);
    });

    const fixed = { ...cluster.env, DATABASE_URL: cluster.url('clinic_main') };
    const second = await runScript('add-tenant-support.ts', [], fixed);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('pointed the default tenant at database clinic_main');
    expect(second.stdout).toContain('created database clinic_main from the template');

    const list = await runScript('tenants-list.ts', [], fixed);
    expect(list.stdout).toMatch(/default \(default\)\s+ACTIVE\s+clinic_main\s/);
  }, 180_000);
});
