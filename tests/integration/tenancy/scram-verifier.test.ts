import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { instrumentedClient } from '@/server/shared/observability/instrumented-client';
import { decryptSecret } from '@/server/shared/secret-box';
import { appSecret } from '@/server/tenancy/cluster/cluster';
import { quoteIdent, quoteLiteral } from '@/server/tenancy/cluster/identifiers';
import { migrateTenants } from '@/server/tenancy/migrations/migrate-tenants';
import { adminQuery } from '@tests/support/core-admin';
import { createTestTenant } from '@tests/support/tenants';

async function storedVerifier(role: string): Promise<string> {
  const [row] = await adminQuery<{ p: string }>(
    'postgres',
    'select rolpassword as p from pg_authid where rolname = $1',
    [role],
  );
  return row!.p;
}

async function connectAs(
  tenant: { dbHost: string; dbPort: number; dbName: string; dbRole: string },
  password: string,
  Client: typeof pg.Client = pg.Client,
) {
  const client = new Client({
    host: tenant.dbHost,
    port: tenant.dbPort,
    database: tenant.dbName,
    user: tenant.dbRole,
    password,
  });
  await client.connect();
  const { rows } = await client.query<{ me: string }>('select current_user as me');
  await client.end();
  return rows[0]!.me;
}

describe('tenant role SCRAM verifiers', () => {
  it('provisions roles with a one-iteration SCRAM verifier that the real server accepts', async () => {
    const { tenant } = await createTestTenant('scram');
    expect(await storedVerifier(tenant.dbRole)).toMatch(/^SCRAM-SHA-256\$1:/);
    const password = decryptSecret(tenant.dbPasswordEncrypted!, appSecret());
    // A random 256-bit secret: what makes one iteration enough.
    expect(Buffer.from(password, 'base64url')).toHaveLength(32);
    expect(await connectAs(tenant, password)).toBe(tenant.dbRole);
    await expect(connectAs(tenant, `${password}x`)).rejects.toThrow(/password authentication failed/);
  });

  it("the app's own clients answer SCRAM synchronously, and the server still refuses a wrong password", async () => {
    const { tenant } = await createTestTenant('scramsync');
    const password = decryptSecret(tenant.dbPasswordEncrypted!, appSecret());
    const Client = instrumentedClient('tenant');
    expect(await connectAs(tenant, password, Client)).toBe(tenant.dbRole);
    await expect(connectAs(tenant, `${password}x`, Client)).rejects.toThrow(/password authentication failed/);
    // A role on the server's default 4,096 iterations goes through pg's own (thread-pool) path and works too.
    await adminQuery(
      'postgres',
      `alter role ${quoteIdent(tenant.dbRole)} password ${quoteLiteral(password)}`,
    );
    expect(await connectAs(tenant, password, Client)).toBe(tenant.dbRole);
  });

  it('tenants:migrate gives an existing role on the server default (4,096 iterations) the cheap verifier', async () => {
    const { tenant } = await createTestTenant('scramold');
    const password = decryptSecret(tenant.dbPasswordEncrypted!, appSecret());
    // What roles created before this change hold: the server hashes a plain password with its default count.
    await adminQuery(
      'postgres',
      `alter role ${quoteIdent(tenant.dbRole)} password ${quoteLiteral(password)}`,
    );
    expect(await storedVerifier(tenant.dbRole)).toMatch(/^SCRAM-SHA-256\$4096:/);

    const report = await migrateTenants({ slug: tenant.slug });
    expect(report.verifiers.updated).toBeGreaterThanOrEqual(1);
    expect(report.verifiers.unreadableServers).toEqual([]);
    expect(await storedVerifier(tenant.dbRole)).toMatch(/^SCRAM-SHA-256\$1:/);
    expect(await connectAs(tenant, password)).toBe(tenant.dbRole);

    // A second run finds it current and changes nothing.
    const before = await storedVerifier(tenant.dbRole);
    await migrateTenants({ slug: tenant.slug });
    expect(await storedVerifier(tenant.dbRole)).toBe(before);
  });
});
