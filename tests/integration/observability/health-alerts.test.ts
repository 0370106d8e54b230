import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as alertsRoute } from '@/app/api/owner/alerts/route';
import { GET as healthRoute } from '@/app/api/owner/health/route';
import { GET as tenantHealthRoute } from '@/app/api/owner/tenants/[id]/health/route';
import { healthCheckJob } from '@/server/operations/health/health-check.job';
import { runHealthCheck } from '@/server/operations/health/run-health-check';
import { enqueueJob } from '@/server/operations/jobs/enqueue-job';
import { startWorkers } from '@/server/operations/jobs/run-workers';
import { adminQuery } from '@tests/support/core-admin';
import { createOwnerAccount, ownerCall, type OwnerAccount } from '@tests/support/owner-auth';
import { createTestTenant, type TestTenant } from '@tests/support/tenants';

type Delivery = { event: string; alert: { kind: string; tenantId: string | null; clinic: string | null } };

let clinic: TestTenant;
let owner: OwnerAccount;
let webhook: http.Server;
const deliveries: Delivery[] = [];

beforeAll(async () => {
  webhook = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      deliveries.push(JSON.parse(body) as Delivery);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  process.env.ALERT_WEBHOOK_URL = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hook`;
  clinic = await createTestTenant('health');
  owner = await createOwnerAccount('health', 'OWNER');
});

afterAll(async () => {
  delete process.env.ALERT_WEBHOOK_URL;
  await new Promise((resolve) => webhook.close(resolve));
});

const mine = () => deliveries.filter((d) => d.alert.tenantId === clinic.tenant.id);

async function openAlerts(): Promise<Array<{ kind: string; tenantId: string | null }>> {
  const res = await ownerCall(alertsRoute, { path: '/api/owner/alerts?status=open', cookie: owner.cookie });
  expect(res.status).toBe(200);
  return (res.body.data as Array<{ kind: string; tenantId: string | null }>).filter(
    (a) => a.tenantId === clinic.tenant.id,
  );
}

describe('per-clinic health and alerts', () => {
  it('opens "database unreachable" within one health cycle when the clinic role loses CONNECT, once, and resolves it when fixed; the webhook gets both', async () => {
    const { dbName, dbRole } = clinic.tenant;
    // A healthy first cycle, run by the real job through the workers.
    const workers = await startWorkers([healthCheckJob]);
    try {
      await enqueueJob(healthCheckJob, {});
      const deadline = Date.now() + 60_000;
      let sampled = false;
      while (!sampled && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500));
        const res = await ownerCall(tenantHealthRoute, {
          path: `/api/owner/tenants/${clinic.tenant.id}/health`,
          params: { id: clinic.tenant.id },
          cookie: owner.cookie,
        });
        sampled = res.body.data?.latest !== null;
      }
      expect(sampled).toBe(true);
    } finally {
      await workers.stop();
    }
    expect(await openAlerts()).toEqual([]);

    await adminQuery('postgres', `revoke connect on database "${dbName}" from "${dbRole}"`);
    try {
      await runHealthCheck();
      const open = await openAlerts();
      expect(open.map((a) => a.kind)).toEqual(['DATABASE_UNREACHABLE']);
      expect(mine()).toEqual([
        expect.objectContaining({
          event: 'opened',
          alert: expect.objectContaining({ kind: 'DATABASE_UNREACHABLE', clinic: clinic.slug }),
        }),
      ]);
      // Still failing: the alert stays open and is not sent again.
      await runHealthCheck();
      expect(await openAlerts()).toHaveLength(1);
      expect(mine()).toHaveLength(1);

      const overview = await ownerCall(healthRoute, { path: '/api/owner/health', cookie: owner.cookie });
      expect(overview.status).toBe(200);
      const row = (overview.body.data.clinics as Array<{ tenantId: string; flags: string[] }>).find(
        (c) => c.tenantId === clinic.tenant.id,
      );
      expect(row?.flags).toEqual(['DATABASE_UNREACHABLE']);
      expect(overview.body.data.openAlerts).toBeGreaterThanOrEqual(1);
    } finally {
      await adminQuery('postgres', `grant connect on database "${dbName}" to "${dbRole}"`);
    }

    await runHealthCheck();
    expect(await openAlerts()).toEqual([]);
    expect(mine().map((d) => `${d.event} ${d.alert.kind}`)).toEqual([
      'opened DATABASE_UNREACHABLE',
      'resolved DATABASE_UNREACHABLE',
    ]);
    const history = await ownerCall(tenantHealthRoute, {
      path: `/api/owner/tenants/${clinic.tenant.id}/health?range=7d`,
      params: { id: clinic.tenant.id },
      cookie: owner.cookie,
    });
    expect(history.status).toBe(200);
    expect(history.body.data.alerts).toEqual([
      expect.objectContaining({ kind: 'DATABASE_UNREACHABLE', resolvedAt: expect.any(String) }),
    ]);
    expect(history.body.data.latest).toMatchObject({ reachable: true, flags: [] });
    expect(history.body.data.latest.dbBytes).toBeGreaterThan(0);
  });

  it('answers 400 for a bad range and 404 for an unknown clinic', async () => {
    const bad = await ownerCall(tenantHealthRoute, {
      path: `/api/owner/tenants/${clinic.tenant.id}/health?range=1y`,
      params: { id: clinic.tenant.id },
      cookie: owner.cookie,
    });
    expect(bad.status).toBe(400);
    const id = crypto.randomUUID();
    const missing = await ownerCall(tenantHealthRoute, {
      path: `/api/owner/tenants/${id}/health`,
      params: { id },
      cookie: owner.cookie,
    });
    expect(missing.status).toBe(404);
  });
});
