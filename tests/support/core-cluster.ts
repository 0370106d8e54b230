import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A private PostgreSQL for test files whose subject is the whole control plane (set-up from nothing, migrations
 * over every tenant): those cannot share the run's cluster, where other files add and drop tenants concurrently.
 * The env it returns is the seed's external-mode configuration pointing at it.
 */
export type PrivateCluster = {
  root: string;
  admin: { host: string; port: number; user: string; password: string };
  env: Record<string, string>;
  url: (database: string) => string;
  stop: () => Promise<void>;
  /** Stops the server but keeps its data (an outage); `resume` starts it again on the same port. */
  pause: () => Promise<void>;
  resume: () => Promise<void>;
};

export async function startPrivateCluster(
  options: { defaultTenantDatabase?: string } = {},
): Promise<PrivateCluster> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'smartdmv-core-'));
  fs.chmodSync(root, 0o755); // as root the server runs as the postgres OS user, which must reach the cluster folder
  const { startEmbeddedPostgres } = await import('../../src/server/tenancy/cluster/embedded-postgres');
  let server = await startEmbeddedPostgres({ dataDir: path.join(root, 'pg') });
  const admin = { host: '127.0.0.1', port: server.port, user: server.user, password: server.password };
  const url = (database: string) => {
    const u = new URL('postgresql://localhost');
    u.hostname = admin.host;
    u.port = String(admin.port);
    u.username = admin.user;
    u.password = admin.password;
    u.pathname = `/${database}`;
    return u.toString();
  };
  // Throwaway data: skip fsync so stopping a cluster with many fresh databases does not flush each of their files.
  await withClient(url('postgres'), async (client) => {
    await client.query('alter system set fsync = off');
    await client.query('select pg_reload_conf()');
  });
  const env = {
    NODE_ENV: 'test',
    OWNER_DATABASE_URL: url('smartdmv_owner'),
    DATABASE_URL: url(options.defaultTenantDatabase ?? 'smartdmv_tenant_default'),
    PGUSER: admin.user,
    PGPASSWORD: admin.password,
    PGHOST: admin.host,
    PGPORT: String(admin.port),
    NEXTAUTH_SECRET: crypto.randomBytes(24).toString('base64url'),
    NEXTAUTH_URL: 'http://localhost:3000',
    BASE_DOMAIN: 'localhost',
    STORAGE_ROOT: path.join(root, 'storage'),
    DATA_DIR: path.join(root, 'data'),
    OWNER_EMAIL: 'owner@core.test',
    OWNER_PASSWORD: 'owner-password-123',
  };
  return {
    root,
    admin,
    env,
    url,
    pause: () => server.stop(),
    resume: async () => {
      server = await startEmbeddedPostgres({ dataDir: path.join(root, 'pg') });
      if (server.port !== admin.port) throw new Error('the restarted cluster took another port');
    },
    stop: async () => {
      await server.stop();
      if (!process.env.KEEP_TEST_DATA) fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * Points this test file's process (one worker per file) at another cluster: env, cached config and the owner pool
 * all follow. Call before anything in the file touched a database.
 */
export async function useClusterInThisProcess(env: Record<string, string>): Promise<void> {
  const { resetEnvForTests } = await import('../../src/env');
  const { resetClusterCachesForTests } = await import('../../src/server/tenancy/cluster/cluster');
  const { closeOwnerDb } = await import('../../src/server/owner/db/client');
  const { forgetMigrationPlans } = await import('../../src/server/tenancy/migrations/run-migrations');
  await closeOwnerDb();
  Object.assign(process.env, env);
  resetEnvForTests();
  resetClusterCachesForTests();
  forgetMigrationPlans();
}

export async function withClient<T>(
  connectionString: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
