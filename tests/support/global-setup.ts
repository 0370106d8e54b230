import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Starts one real PostgreSQL for the whole run (the embedded one, or the admin URL in TEST_DATABASE_URL), runs the
 * real setup against it, and hands its coordinates to the test workers through process.env.
 * Each test then provisions its own tenants, so files run in parallel without sharing tenant state.
 */
export default async function globalSetup(_project: TestProject) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'smartdmv-test-'));
  fs.chmodSync(root, 0o755);
  const runId = path
    .basename(root)
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase();
  let stop: () => Promise<void> = async () => {};
  let admin: { host: string; port: number; user: string; password: string };

  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    admin = {
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
    };
  } else {
    const { startEmbeddedPostgres } = await import('../../src/server/tenancy/cluster/embedded-postgres');
    const server = await startEmbeddedPostgres({ dataDir: path.join(root, 'data') });
    admin = { host: '127.0.0.1', port: server.port, user: server.user, password: server.password };
    stop = () => server.stop();
  }

  const ownerDb = process.env.TEST_DATABASE_URL ? `smartdmv_owner_${runId}` : 'smartdmv_owner';
  const ownerUrl = new URL('postgresql://localhost');
  ownerUrl.hostname = admin.host;
  ownerUrl.port = String(admin.port);
  ownerUrl.username = admin.user;
  ownerUrl.password = admin.password;
  ownerUrl.pathname = `/${ownerDb}`;
  const tenantUrl = new URL(ownerUrl);
  tenantUrl.pathname = `/smartdmv_tenant_default`;

  Object.assign(process.env, {
    NODE_ENV: 'test',
    OWNER_DATABASE_URL: ownerUrl.toString(),
    DATABASE_URL: tenantUrl.toString(),
    PGUSER: admin.user,
    PGPASSWORD: admin.password,
    PGHOST: admin.host,
    PGPORT: String(admin.port),
    NEXTAUTH_SECRET: 'test-secret-test-secret-test-secret',
    NEXTAUTH_URL: 'http://localhost:3000',
    BASE_DOMAIN: 'localhost',
    STORAGE_ROOT: path.join(root, 'storage'),
    DATA_DIR: path.join(root, 'data'),
    OWNER_EMAIL: 'owner@test.local',
    OWNER_PASSWORD: 'owner-password-123',
    SMARTDMV_TEST_ROOT: root,
  });

  const { setupControlPlane } = await import('../../src/server/tenancy/setup');
  const { closeOwnerDb } = await import('../../src/server/owner/db/client');
  const { stopTenantResolver } = await import('../../src/server/tenancy/routing/resolve-tenant');
  await setupControlPlane();
  await stopTenantResolver();
  await closeOwnerDb();

  return async () => {
    await stop();
    if (!process.env.KEEP_TEST_DATA) fs.rmSync(root, { recursive: true, force: true });
  };
}
