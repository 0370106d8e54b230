import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetEnvForTests } from '@/env';
import { startEmbeddedPostgres, type EmbeddedServer } from '@/server/tenancy/cluster/embedded-postgres';
import { tenantAddress } from '@/server/tenancy/connections/connection-info';

let dataDir: string;
let server: EmbeddedServer;

beforeAll(async () => {
  dataDir = path.join(process.env.SMARTDMV_TEST_ROOT!, `socket-${crypto.randomBytes(4).toString('hex')}`);
  server = await startEmbeddedPostgres({ dataDir });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  resetEnvForTests();
  await server?.stop();
});

describe("the embedded server's Unix socket", () => {
  it('listens in <dataDir>/run, a folder only the server may enter, with password authentication', async () => {
    const socketDir = path.join(dataDir, 'run');
    expect(server.socketDir).toBe(socketDir);
    const folder = fs.statSync(socketDir);
    expect(folder.mode & 0o777).toBe(0o700);
    expect(folder.uid).toBe(fs.statSync(path.join(dataDir, 'postgres')).uid);

    const client = new pg.Client({
      host: socketDir,
      port: server.port,
      user: server.user,
      password: server.password,
      database: 'postgres',
    });
    await client.connect();
    // A Unix-socket backend has no client address; a TCP one would show 127.0.0.1.
    const { rows } = await client.query<{ addr: string | null }>(
      'select client_addr::text as addr from pg_stat_activity where pid = pg_backend_pid()',
    );
    await client.end();
    expect(rows[0]!.addr).toBeNull();

    const wrong = new pg.Client({
      host: socketDir,
      port: server.port,
      user: server.user,
      password: `${server.password}x`,
      database: 'postgres',
    });
    await expect(wrong.connect()).rejects.toThrow(/password authentication failed/);
  });

  it('carries tenant traffic in embedded mode, for that server only; a pooler still comes first', () => {
    vi.stubEnv('OWNER_DATABASE_URL', '');
    vi.stubEnv('DATA_DIR', dataDir);
    resetEnvForTests();
    const direct = { dbHost: '127.0.0.1', dbPort: server.port, poolerHost: null, poolerPort: null };
    expect(tenantAddress(direct)).toEqual({ host: path.join(dataDir, 'run'), port: server.port });
    expect(tenantAddress({ ...direct, dbHost: 'localhost' }).host).toBe(path.join(dataDir, 'run'));
    // Another server on this machine (another port), or a remote one, is reached as registered.
    expect(tenantAddress({ ...direct, dbPort: server.port + 1 })).toEqual({
      host: '127.0.0.1',
      port: server.port + 1,
    });
    expect(tenantAddress({ ...direct, dbHost: 'db-2.internal' }).host).toBe('db-2.internal');
    expect(tenantAddress({ ...direct, poolerHost: '127.0.0.1', poolerPort: 6433 })).toEqual({
      host: '127.0.0.1',
      port: 6433,
    });
  });

  it('is not used outside embedded mode', () => {
    vi.unstubAllEnvs();
    resetEnvForTests();
    const direct = { dbHost: '127.0.0.1', dbPort: server.port, poolerHost: null, poolerPort: null };
    expect(tenantAddress(direct)).toEqual({ host: '127.0.0.1', port: server.port });
  });
});
