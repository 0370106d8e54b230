import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import { GET as tenantMe } from '@/app/api/auth/me/route';
import { PATCH as patchPlan } from '@/app/api/owner/plans/[code]/route';
import { POST as createPlan } from '@/app/api/owner/plans/route';
import { POST as addDomain } from '@/app/api/owner/tenants/[id]/domains/route';
import { PUT as changeSubscription } from '@/app/api/owner/tenants/[id]/subscription/route';
import { ownerDb } from '@/server/owner/db/client';
import { runBilling } from '@/server/owner/billing/run-billing';
import { stopJobQueue } from '@/server/operations/jobs/job-queue';
import { tenantWithPeriod } from '@tests/support/billing';
import { callRoute } from '@tests/support/http';
import { createOwnerAccount, ownerCall, type OwnerAccount } from '@tests/support/owner-auth';
import { createTestTenant, type TestTenant } from '@tests/support/tenants';

// Issue 14, point 2: a custom domain is served only while the clinic's plan includes `custom-domain`.
let owner: OwnerAccount;

beforeAll(async () => {
  owner = await createOwnerAccount('downgraded-domains', 'OWNER');
});

// The billing run queues invoice mails.
afterAll(() => stopJobQueue());

async function withDomain(tenant: TestTenant): Promise<string> {
  const domain = `${tenant.slug}.example.com`;
  const res = await ownerCall(addDomain, {
    method: 'POST',
    path: `/api/owner/tenants/${tenant.tenant.id}/domains`,
    params: { id: tenant.tenant.id },
    cookie: owner.cookie,
    body: { domain },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return domain;
}

/** Polls a host until it answers `status` (401: served, nobody signed in; 404: no clinic there), failing after 2 s. */
async function expectHost(host: string, status: number) {
  const started = Date.now();
  for (;;) {
    const res = await callRoute(tenantMe, { url: `http://${host}:3000/api/auth/me` });
    if (res.status === status) return;
    if (Date.now() - started > 2000) throw new Error(`${host} answers ${res.status}, expected ${status}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function movePlan(tenant: TestTenant, planCode: string, effective: 'now' | 'period_end' = 'now') {
  return ownerCall(changeSubscription, {
    method: 'PUT',
    path: `/api/owner/tenants/${tenant.tenant.id}/subscription`,
    params: { id: tenant.tenant.id },
    cookie: owner.cookie,
    body: { planCode, effective },
  });
}

describe('custom domains after a downgrade', () => {
  it('stops serving the custom domain on a plan without custom-domain, keeps the slug host, and serves it again after an upgrade', async () => {
    const clinic = await createTestTenant('downdom');
    const domain = await withDomain(clinic);
    const slugHost = `${clinic.slug}.localhost`;
    await expectHost(domain, 401);

    const down = await movePlan(clinic, 'basic');
    expect(down.status, JSON.stringify(down.body)).toBe(200);
    expect(down.body.data.current.planCode).toBe('basic');
    await expectHost(domain, 404);
    await expectHost(slugHost, 401);
    // The domain itself is kept, so an upgrade brings it back.
    const up = await movePlan(clinic, 'enterprise');
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    await expectHost(domain, 401);
  });

  it('stops serving it when the plan itself loses the custom-domain feature', async () => {
    const code = `dom-${crypto.randomBytes(4).toString('hex')}`;
    const created = await ownerCall(createPlan, {
      method: 'POST',
      path: '/api/owner/plans',
      cookie: owner.cookie,
      body: {
        code,
        name: `Domains ${code}`,
        priceMinor: 0,
        limits: { maxUsers: null, maxPractices: null, maxPatients: null, maxStorageBytes: null },
        features: ['custom-domain', 'appointments'],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const clinic = await createTestTenant('plandom', code);
    const domain = await withDomain(clinic);
    await expectHost(domain, 401);
    const edit = (features: string[]) =>
      ownerCall(patchPlan, {
        method: 'PATCH',
        path: `/api/owner/plans/${code}`,
        params: { code },
        cookie: owner.cookie,
        body: { features },
      });
    expect((await edit(['appointments'])).status).toBe(200);
    await expectHost(domain, 404);
    await expectHost(`${clinic.slug}.localhost`, 401);
    expect((await edit(['appointments', 'custom-domain'])).status).toBe(200);
    await expectHost(domain, 401);
  });

  it('stops serving it when a downgrade waiting for the period end is applied by the billing run', async () => {
    const clinic = await tenantWithPeriod('enterprise', {
      start: '2026-11-15T00:00:00Z',
      end: '2027-01-15T00:00:00Z',
    });
    const domain = await withDomain(clinic);
    const later = await movePlan(clinic, 'basic', 'period_end');
    expect(later.status, JSON.stringify(later.body)).toBe(200);
    // Until the period ends the clinic keeps its plan, and its domain.
    await expectHost(domain, 401);
    await runBilling(ownerDb, { now: new Date('2027-01-15T01:00:00Z'), tenantIds: [clinic.tenant.id] });
    await expectHost(domain, 404);
    await expectHost(`${clinic.slug}.localhost`, 401);
  });
});
