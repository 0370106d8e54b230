import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startPrivateCluster,
  useClusterInThisProcess,
  type PrivateCluster,
} from '@tests/support/core-cluster';
import { closeAppConnections } from '@tests/support/close-app-connections';

/**
 * A real outage: this file runs the control plane on its own embedded PostgreSQL, stops that server (data kept),
 * and starts it again on the same port. While it is down every API route answers 503 SERVICE_UNAVAILABLE with
 * Retry-After on both planes, the pages' /outage answers 503, and once it is back the app recovers by itself.
 */

let cluster: PrivateCluster;
// Route modules are imported only after the env points at the private cluster.
let routes: Awaited<ReturnType<typeof loadRoutes>>;

async function loadRoutes() {
  const { callRoute, cookieFrom } = await import('@tests/support/http');
  const login = (await import('@/app/api/auth/login/route')).POST;
  const patients = (await import('@/app/api/patients/route')).GET;
  const clients = (await import('@/app/api/clients/route')).POST;
  const ownerLogin = (await import('@/app/api/owner/auth/login/route')).POST;
  const ownerTenants = (await import('@/app/api/owner/tenants/route')).GET;
  const outage = (await import('@/app/outage/route')).GET;
  const practices = (await import('@/app/api/practices/route')).GET;
  return { callRoute, cookieFrom, login, patients, clients, practices, ownerLogin, ownerTenants, outage };
}

const TENANT = 'http://outage-clinic.localhost:3000';
const OWNER = 'http://localhost:3000';
let tenantCookie = '';
let ownerCookie = '';
let practiceId = '';
let tenantRole = '';

async function probes() {
  const { callRoute } = routes;
  return {
    tenantRead: await callRoute(routes.patients, { url: `${TENANT}/api/patients`, cookie: tenantCookie }),
    tenantWrite: await callRoute(routes.clients, {
      method: 'POST',
      url: `${TENANT}/api/clients`,
      cookie: tenantCookie,
      body: { practiceId, name: 'Ada Lovelace', email: 'ada@example.test' },
    }),
    tenantSignIn: await callRoute(routes.login, {
      method: 'POST',
      url: `${TENANT}/api/auth/login`,
      body: { email: 'admin@outage.test', password: 'admin-password-123' },
    }),
    ownerRead: await callRoute(routes.ownerTenants, {
      url: `${OWNER}/api/owner/tenants`,
      cookie: ownerCookie,
    }),
    ownerSignIn: await callRoute(routes.ownerLogin, {
      method: 'POST',
      url: `${OWNER}/api/owner/auth/login`,
      body: { email: 'owner@core.test', password: 'owner-password-123' },
    }),
  };
}

beforeAll(async () => {
  cluster = await startPrivateCluster();
  await useClusterInThisProcess(cluster.env);
  const { setupControlPlane } = await import('@/server/tenancy/setup');
  await setupControlPlane();
  const { provisionTenant } = await import('@/server/tenancy/provisioning/provision-tenant');
  const tenant = await provisionTenant({
    name: 'Outage Clinic',
    slug: 'outage-clinic',
    planCode: 'enterprise',
    admin: { email: 'admin@outage.test', password: 'admin-password-123', name: 'Admin' },
  });
  tenantRole = tenant.dbRole;
  routes = await loadRoutes();
  const signedIn = await probes();
  tenantCookie = routes.cookieFrom(signedIn.tenantSignIn.setCookie);
  ownerCookie = routes.cookieFrom(signedIn.ownerSignIn.setCookie);
  const practices = await routes.callRoute(routes.practices, {
    url: `${TENANT}/api/practices`,
    cookie: tenantCookie,
  });
  practiceId = practices.body.data[0].id;
}, 180_000);

afterAll(async () => {
  await closeAppConnections({ ignoreErrors: true });
  await cluster?.stop();
});

describe('the database stops and comes back', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After on both planes while it is down, then recovers', async () => {
    const before = await probes();
    expect(before.tenantRead.status).toBe(200);
    expect(before.ownerRead.status).toBe(200);

    await cluster.pause();
    const down = await probes();
    for (const [name, res] of Object.entries(down)) {
      expect({ name, status: res.status, code: res.body?.error?.code }).toEqual({
        name,
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
      });
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const page = routes.outage(
      new Request(`${TENANT}/outage`, { headers: { host: 'outage-clinic.localhost:3000' } }),
    );
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('5');
    expect(await page.text()).toContain('We are temporarily unavailable');

    await cluster.resume();
    // The pools drop their dead connections and reconnect on the next request: no restart of the app.
    let after = await probes();
    for (let i = 0; i < 20 && (after.tenantRead.status !== 200 || after.ownerRead.status !== 200); i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = await probes();
    }
    expect(after.tenantRead.status).toBe(200);
    expect(after.tenantWrite.status).toBe(201);
    expect(after.tenantSignIn.status).toBe(200);
    expect(after.ownerRead.status).toBe(200);
    expect(after.ownerSignIn.status).toBe(200);
  });

  it('shows the support e-mail on the outage page from the last known settings, also in a process started during the outage', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const { PUT: putSettings } = await import('@/app/api/owner/settings/route');
    const { resetPlatformSettingsForTests } =
      await import('@/server/tenancy/owner-gateway/platform-settings');
    const copy = path.join(cluster.env.DATA_DIR!, 'platform-settings.json');
    const saved = await routes.callRoute(putSettings, {
      method: 'PUT',
      url: `${OWNER}/api/owner/settings`,
      cookie: ownerCookie,
      body: { supportEmail: 'help@outage.test' },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    // Saving refreshed the copy on disk at once.
    expect(JSON.parse(fs.readFileSync(copy, 'utf8'))).toMatchObject({ supportEmail: 'help@outage.test' });
    const outagePage = async (url: string) => {
      const res = routes.outage(new Request(url, { headers: { host: new URL(url).host } }));
      expect(res.status).toBe(503);
      return res.text();
    };

    await cluster.pause();
    try {
      // This process's own last read…
      expect(await outagePage(`${TENANT}/outage`)).toContain(
        '<a href="mailto:help@outage.test">help@outage.test</a>',
      );
      // …and, as a process started during the outage would, the copy in DATA_DIR, on both planes' hosts.
      resetPlatformSettingsForTests();
      expect(await outagePage(`${TENANT}/outage`)).toContain('mailto:help@outage.test');
      expect(await outagePage(`${OWNER}/outage`)).toContain('mailto:help@outage.test');
      // Without either there is nothing to show, and the page still answers.
      resetPlatformSettingsForTests();
      fs.rmSync(copy);
      const bare = await outagePage(`${TENANT}/outage`);
      expect(bare).toContain('We are temporarily unavailable');
      expect(bare).not.toContain('mailto:');
    } finally {
      await cluster.resume();
    }
  });

  it('answers 503 when the tenant role hits its connection limit (53300) and when a pool acquire times out', async () => {
    const { withClient } = await import('@tests/support/core-cluster');
    const { tenantPools } = await import('@/server/tenancy/connections/tenant-connections');
    await withClient(cluster.url('postgres'), (c) =>
      c.query(`alter role "${tenantRole}" connection limit 0`),
    );
    await tenantPools().closeAll();
    try {
      const res = await routes.callRoute(routes.patients, {
        url: `${TENANT}/api/patients`,
        cookie: tenantCookie,
      });
      expect({ status: res.status, code: res.body?.error?.code }).toEqual({
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
      });
    } finally {
      await withClient(cluster.url('postgres'), (c) =>
        c.query(`alter role "${tenantRole}" connection limit -1`),
      );
    }

    // A pool whose only connection is taken: the next checkout times out, which is a 503, not a 500.
    const pg = (await import('pg')).default;
    const { errorResponse } = await import('@/server/shared/http/respond');
    const pool = new pg.Pool({
      connectionString: cluster.url('postgres'),
      max: 1,
      connectionTimeoutMillis: 200,
    });
    const held = await pool.connect();
    try {
      const error = await pool.query('select 1').catch((e: unknown) => e);
      const res = errorResponse(error);
      expect(res.status).toBe(503);
      expect((await res.json()).error.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      held.release();
      await pool.end();
    }
  });
});
