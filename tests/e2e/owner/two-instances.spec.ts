import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import {
  startEmbeddedPostgres,
  type EmbeddedServer,
} from '../../../src/server/tenancy/cluster/embedded-postgres';
import { cookieFrom, requestWithHost } from '../../support/host-request';
import { within } from '../../support/wait-for';
import { e2e, uniqueSlug } from '../support/env';

/**
 * The topology guide's "several app instances", for real: a second `npm start` (scripts/start.ts, with its own
 * job workers) on another port, on the same owner database as the instance the runner started. The operator
 * works on instance A; instance B must follow within 2 seconds: sessions, domain changes, a move to another
 * database server (a real second PostgreSQL), and a suspension.
 */

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const portA = Number(e2e.port);
const portB = portA + 1;
const ownerHost = `localhost:${portA}`;

let instanceB: ChildProcess | undefined;
let second: EmbeddedServer | undefined;
let secondDir: string | undefined;

async function startSecondInstance(): Promise<ChildProcess> {
  const appEnv = JSON.parse(process.env.E2E_APP_ENV ?? '{}') as Record<string, string>;
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/start.ts'],
    {
      cwd: repoRoot,
      env: { ...process.env, ...appEnv, PORT: String(portB) },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  await within(120_000, async () => {
    if (child.exitCode !== null) throw new Error(`the second instance exited (code ${child.exitCode})`);
    const res = await requestWithHost(portB, `localhost:${portB}`, '/api/health/ready').catch(() => null);
    return res?.status === 200;
  });
  return child;
}

async function stopSecondInstance(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM'); // start.ts stops its server and workers; the database belongs to instance A
  await exited;
}

test.describe('two `npm start` instances on one owner database', () => {
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    secondDir = fs.mkdtempSync(path.join(os.tmpdir(), 'smartdmv-e2e-second-'));
    fs.chmodSync(secondDir, 0o755);
    [instanceB, second] = await Promise.all([
      startSecondInstance(),
      startEmbeddedPostgres({ dataDir: path.join(secondDir, 'data') }),
    ]);
  });

  test.afterAll(async () => {
    await stopSecondInstance(instanceB);
    await second?.stop();
    if (secondDir) fs.rmSync(secondDir, { recursive: true, force: true });
  });

  test('share sessions, and follow domain changes, a move and a suspension made on the other within 2 s', async () => {
    test.setTimeout(180_000);
    const onA = (host: string, pathname: string, init?: Parameters<typeof requestWithHost>[3]) =>
      requestWithHost(portA, host, pathname, init);
    const onB = (host: string, pathname: string, init?: Parameters<typeof requestWithHost>[3]) =>
      requestWithHost(portB, host, pathname, init);

    const ownerLogin = await onA(ownerHost, '/api/owner/auth/login', {
      method: 'POST',
      body: { email: e2e.owner.email, password: e2e.owner.password },
    });
    expect(ownerLogin.status).toBe(200);
    const owner = cookieFrom(ownerLogin.setCookie);

    // A clinic created on A; its admin signs in on A and is served by B with that session.
    const slug = uniqueSlug('twoinst');
    const admin = { email: `admin@${slug}.test`, name: 'Dr. Two', password: 'two-instances-password-1' };
    const created = await onA(ownerHost, '/api/owner/tenants', {
      method: 'POST',
      cookie: owner,
      body: { name: `Two Instances ${slug}`, slug, admin },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const tenantId = created.body.data.id as string;
    const clinicA = `${slug}.localhost:${portA}`;
    const clinicB = `${slug}.localhost:${portB}`;
    const login = await onA(clinicA, '/api/auth/login', {
      method: 'POST',
      body: { email: admin.email, password: admin.password },
    });
    expect(login.status).toBe(200);
    const session = cookieFrom(login.setCookie);
    const practices = await onB(clinicB, '/api/practices', { cookie: session });
    expect(practices.status).toBe(200);
    const practiceId = practices.body.data[0].id as string;

    // A custom domain added on A: B had looked it up (and cached "unknown") before.
    const domain = `${slug}.vets.test`;
    expect((await onB(`${domain}:${portB}`, '/api/practices', { cookie: session })).status).toBe(404);
    const added = await onA(ownerHost, `/api/owner/tenants/${tenantId}/domains`, {
      method: 'POST',
      cookie: owner,
      body: { domain },
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    await within(2_000, async () => {
      return (await onB(`${domain}:${portB}`, '/api/practices', { cookie: session })).status === 200;
    });

    // A second database server registered on A, and the clinic moved there by a job (either instance's worker).
    const registered = await onA(ownerHost, '/api/owner/servers', {
      method: 'POST',
      cookie: owner,
      body: {
        name: `second-${slug}`,
        host: '127.0.0.1',
        port: second!.port,
        adminUser: second!.user,
        adminPassword: second!.password,
        capacity: 10,
      },
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const serverId = registered.body.data.id as string;
    const move = await onA(ownerHost, `/api/owner/tenants/${tenantId}/move`, {
      method: 'POST',
      cookie: owner,
      body: { serverId },
    });
    expect(move.status, JSON.stringify(move.body)).toBe(202);
    await within(90_000, async () => {
      const state = await onA(ownerHost, `/api/owner/tenants/${tenantId}/move`, { cookie: owner });
      const status = state.body?.data?.status as string | undefined;
      if (status === 'FAILED') throw new Error(`the move failed: ${JSON.stringify(state.body)}`);
      return status === 'SUCCEEDED';
    });
    // B, which had connections to the source, now writes to the target server.
    let clientId = '';
    await within(2_000, async () => {
      const res = await onB(clinicB, '/api/clients', {
        method: 'POST',
        cookie: session,
        body: { practiceId, name: 'Moved Owner' },
      });
      if (res.status === 201) clientId = res.body.data.id as string;
      return res.status === 201;
    });
    const tenant = await onA(ownerHost, `/api/owner/tenants/${tenantId}`, { cookie: owner });
    const target = new pg.Client({
      host: '127.0.0.1',
      port: second!.port,
      user: second!.user,
      password: second!.password,
      database: tenant.body.data.dbName as string,
    });
    await target.connect();
    try {
      const { rows } = await target.query('select count(*)::int as n from clients where id = $1', [clientId]);
      expect(rows[0].n).toBe(1);
    } finally {
      await target.end();
    }

    // Suspended on A: B refuses the clinic within 2 s.
    const suspended = await onA(ownerHost, `/api/owner/tenants/${tenantId}/suspend`, {
      method: 'POST',
      cookie: owner,
    });
    expect(suspended.status).toBe(200);
    await within(2_000, async () => {
      const res = await onB(clinicB, '/api/practices', { cookie: session });
      return res.status === 403 && res.body?.error?.code === 'TENANT_SUSPENDED';
    });
  });
});
