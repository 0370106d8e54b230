import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { createServer } from '@/server/owner/servers/create-server';
import { runScript } from '@tests/support/core-cli';
import { createOwnerAccounts } from '@tests/support/owner-auth';
import { startSecondServer, type SecondServer } from '@tests/support/second-server';
import { createTestTenant } from '@tests/support/tenants';

let second: SecondServer;
let serverName: string;

beforeAll(async () => {
  second = await startSecondServer();
  const { owner } = await createOwnerAccounts('movecli');
  serverName = `cli-target-${second.port}`;
  await createServer(ownerDb, {
    input: {
      name: serverName,
      host: second.host,
      port: second.port,
      adminUser: second.user,
      adminPassword: second.password,
      capacity: 10,
    },
    context: { actor: owner, meta: { ipAddress: null, userAgent: null } },
  });
}, 120_000);

afterAll(async () => {
  await second?.retire();
});

describe('npm run tenants:move', () => {
  it('moves a clinic by slug and server name, printing the steps and the unavailable time, then finalizes', async () => {
    const { tenant, slug } = await createTestTenant('movecli');
    const run = await runScript('tenants-move.ts', ['--tenant', slug, '--to', serverName]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/copy/);
    expect(run.stdout).toMatch(
      new RegExp(`Moved ${slug} from "primary" to "${serverName}".*unavailable for \\d+\\.\\d\\d s`),
    );
    const [row] = await ownerDb.select().from(tenants).where(eq(tenants.id, tenant.id));
    expect(row!.dbPort).toBe(second.port);

    const again = await runScript('tenants-move.ts', ['--tenant', slug, '--to', serverName]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/ALREADY_ON_SERVER/);

    const finalize = await runScript('tenants-move.ts', ['--finalize', slug]);
    expect(finalize.code).toBe(0);
    expect(finalize.stdout).toMatch(/Finalized/);
  }, 120_000);

  it('refuses unknown servers and bad arguments with a usage message', async () => {
    const unknown = await runScript('tenants-move.ts', ['--tenant', 'some-clinic', '--to', 'nowhere']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no database server named "nowhere"/);
    const bad = await runScript('tenants-move.ts', ['--to', serverName]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Usage/);
  }, 60_000);
});
