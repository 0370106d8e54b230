import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as listPractices } from '@/app/api/practices/route';
import { ownerDb } from '@/server/owner/db/client';
import { databaseServers } from '@/server/owner/db/schema';
import { createServer } from '@/server/owner/servers/create-server';
import { decryptSecret } from '@/server/shared/secret-box';
import { appSecret } from '@/server/tenancy/cluster/cluster';
import { loadTenantConnectionInfo } from '@/server/tenancy/connections/connection-info';
import { tenantPools } from '@/server/tenancy/connections/tenant-connections';
import { provisionTenant } from '@/server/tenancy/provisioning/provision-tenant';
import { uniqueSlug } from '@tests/support/factories';
import { callRoute } from '@tests/support/http';
import { createOwnerAccounts } from '@tests/support/owner-auth';
import { startPgBouncer, type PgBouncer } from '@tests/support/pgbouncer';
import { startSecondServer, type SecondServer } from '@tests/support/second-server';
import { signIn } from '@tests/support/tenants';

let second: SecondServer;
let bouncer: PgBouncer;
let serverId: string;

beforeAll(async () => {
  second = await startSecondServer();
  bouncer = await startPgBouncer({ host: second.host, port: second.port });
  const { owner } = await createOwnerAccounts('pgbouncer');
  const view = await createServer(ownerDb, {
    input: {
      name: `pooled-${second.port}`,
      host: second.host,
      port: second.port,
      adminUser: second.user,
      adminPassword: second.password,
      poolerHost: '127.0.0.1',
      poolerPort: bouncer.port,
      capacity: 10,
    },
    context: { actor: owner, meta: { ipAddress: null, userAgent: null } },
  });
  serverId = view.id;
}, 120_000);

afterAll(async () => {
  await tenantPools().closeAll();
  await bouncer?.stop();
  await second?.retire();
});

describe('PgBouncer in transaction mode', () => {
  it('serves a clinic on a pooled server: sign-in, authenticated reads and transactions go through it', async () => {
    const slug = uniqueSlug('pooled');
    const admin = { email: `admin@${slug}.test`, name: 'Admin', password: 'admin-password-123' };
    const tenant = await provisionTenant({ name: 'Pooled', slug, planCode: 'enterprise', admin, serverId });
    await bouncer.setUsers({ [tenant.dbRole]: decryptSecret(tenant.dbPasswordEncrypted!, appSecret()) });
    const [server] = await ownerDb.select().from(databaseServers).where(eq(databaseServers.id, serverId));
    expect(server!.poolerPort).toBe(bouncer.port);
    const info = await loadTenantConnectionInfo(tenant.id);
    expect(info).toMatchObject({ host: '127.0.0.1', port: bouncer.port });

    const origin = `http://${slug}.localhost:3000`;
    const cookie = await signIn(origin, admin.email, admin.password);
    for (let i = 0; i < 5; i++) {
      const res = await callRoute(listPractices, { url: `${origin}/api/practices`, cookie });
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeGreaterThanOrEqual(1);
    }
    // Transactions (including a transaction-scoped advisory lock, as the plan limits take) work through it.
    const db = await tenantPools().handle(tenant.id);
    const locked = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(42)`);
      const r = await tx.execute<{ n: number }>(sql`select count(*)::int as n from practices`);
      return r.rows[0]!.n;
    });
    expect(locked).toBeGreaterThanOrEqual(1);

    // The server saw PgBouncer's connections, not ours: its backends carry no smartdmv application name.
    const backends = await second.query<{ app: string | null }>(
      'postgres',
      'select application_name as app from pg_stat_activity where datname = $1',
      [tenant.dbName],
    );
    expect(backends.length).toBeGreaterThanOrEqual(1);
    expect(backends.length).toBeLessThanOrEqual(2); // default_pool_size
  }, 120_000);
});
