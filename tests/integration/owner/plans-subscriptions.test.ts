import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getAudit } from '@/app/api/owner/audit/route';
import { PATCH as patchPlan } from '@/app/api/owner/plans/[code]/route';
import { GET as listPlans, POST as createPlan } from '@/app/api/owner/plans/route';
import {
  GET as getSubscription,
  PUT as putSubscription,
} from '@/app/api/owner/tenants/[id]/subscription/route';
import { GET as listTenants } from '@/app/api/owner/tenants/route';
import { planViewSchema } from '@/server/owner/plans/plan.schema';
import { subscriptionHistorySchema } from '@/server/owner/subscriptions/subscription.schema';
import { createOwnerAccounts, ownerCall, type OwnerAccount } from '@tests/support/owner-auth';
import { createTestTenant } from '@tests/support/tenants';

let owner: OwnerAccount;

beforeAll(async () => {
  ({ owner } = await createOwnerAccounts('plans'));
});

const planCode = () => `p-${crypto.randomBytes(4).toString('hex')}`;
const limits = { maxUsers: 3, maxPractices: 1, maxPatients: 100, maxStorageBytes: null };

function create(body: unknown) {
  return ownerCall(createPlan, { method: 'POST', path: '/api/owner/plans', cookie: owner.cookie, body });
}

function patch(code: string, body: unknown) {
  return ownerCall(patchPlan, {
    method: 'PATCH',
    path: `/api/owner/plans/${code}`,
    params: { code },
    cookie: owner.cookie,
    body,
  });
}

describe('plans', () => {
  it('lists the default plans and creates, edits and retires a plan', async () => {
    const list = await ownerCall(listPlans, { path: '/api/owner/plans', cookie: owner.cookie });
    expect(list.status).toBe(200);
    expect(list.body.data.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining(['basic', 'professional', 'enterprise']),
    );
    list.body.data.forEach((p: unknown) => planViewSchema.parse(p));

    const code = planCode();
    const created = await create({
      code,
      name: 'Starter',
      priceMinor: 1900,
      currency: 'eur',
      limits,
      features: ['appointments'],
    });
    expect(created.status).toBe(201);
    expect(planViewSchema.parse(created.body.data)).toMatchObject({
      code,
      currency: 'EUR',
      interval: 'MONTH',
      isActive: true,
    });
    expect((await create({ code, name: 'Again', priceMinor: 1, limits })).status).toBe(409);

    const edited = await patch(code, { priceMinor: 2900, limits: { maxUsers: 10 } });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ priceMinor: 2900, limits: { ...limits, maxUsers: 10 } });
    expect((await patch(code, { code: 'renamed' })).status).toBe(400);
    expect((await patch('no-such-plan', { priceMinor: 1 })).status).toBe(404);
    expect((await patch(code, { isActive: false })).body.data.isActive).toBe(false);

    const audit = await ownerCall(getAudit, {
      path: `/api/owner/audit?target=${code}&targetType=plan`,
      cookie: owner.cookie,
    });
    expect(audit.body.data.map((e: { action: string }) => e.action)).toEqual([
      'plan.update',
      'plan.update',
      'plan.create',
    ]);
    expect(audit.body.data[1].details.changes.priceMinor).toEqual({ from: 1900, to: 2900 });
  });

  it('validates plans field by field', async () => {
    const res = await create({
      code: 'Bad Code',
      name: '',
      priceMinor: 9.5,
      currency: 'dollars',
      limits: { maxUsers: -1 },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.details.fields)).toEqual(
      expect.arrayContaining([
        'code',
        'name',
        'priceMinor',
        'currency',
        'limits.maxUsers',
        'limits.maxPractices',
      ]),
    );
    expect((await patch('basic', {})).status).toBe(400);
  });
});

describe('subscriptions', () => {
  it('closes the current period and opens a new one on every change, keeping the history', async () => {
    const { tenant } = await createTestTenant('subs', 'basic');
    const path = `/api/owner/tenants/${tenant.id}/subscription`;
    const put = (body: unknown) =>
      ownerCall(putSubscription, {
        method: 'PUT',
        path,
        params: { id: tenant.id },
        cookie: owner.cookie,
        body,
      });

    const initial = await ownerCall(getSubscription, {
      path,
      params: { id: tenant.id },
      cookie: owner.cookie,
    });
    expect(initial.status).toBe(200);
    expect(subscriptionHistorySchema.parse(initial.body.data).current).toMatchObject({
      planCode: 'basic',
      status: 'ACTIVE',
      endedAt: null,
    });

    const upgraded = await put({ planCode: 'professional' });
    expect(upgraded.status).toBe(200);
    expect(upgraded.body.data).toMatchObject({
      changed: true,
      current: { planCode: 'professional', status: 'ACTIVE', changedBy: { email: owner.email } },
    });
    const pastDue = await put({ planCode: 'professional', status: 'PAST_DUE' });
    expect(pastDue.body.data.current).toMatchObject({ planCode: 'professional', status: 'PAST_DUE' });
    const same = await put({ planCode: 'professional', status: 'PAST_DUE' });
    expect(same.body.data.changed).toBe(false);

    const history = subscriptionHistorySchema.parse(same.body.data).history;
    expect(history.map((p) => `${p.planCode}:${p.status}`)).toEqual([
      'professional:PAST_DUE',
      'professional:ACTIVE',
      'basic:ACTIVE',
    ]);
    // Contiguous: each period ends exactly when the next one starts.
    expect(history[1]!.endedAt).toBe(history[0]!.startedAt);
    expect(history[2]!.endedAt).toBe(history[1]!.startedAt);

    expect((await put({ planCode: 'nope' })).status).toBe(400);
    expect((await put({ planCode: 'basic', status: 'EXPIRED' })).status).toBe(400);

    const listed = await ownerCall(listTenants, {
      path: `/api/owner/tenants?q=${tenant.slug}&plan=professional`,
      cookie: owner.cookie,
    });
    expect(listed.body.data).toHaveLength(1);
    expect(listed.body.data[0]).toMatchObject({ planCode: 'professional', subscriptionStatus: 'PAST_DUE' });

    const audit = await ownerCall(getAudit, {
      path: `/api/owner/audit?target=${tenant.id}&action=tenant.subscription_change`,
      cookie: owner.cookie,
    });
    expect(audit.body.data).toHaveLength(2);
    expect(audit.body.data[1].details).toMatchObject({
      from: { planCode: 'basic' },
      to: { planCode: 'professional', status: 'ACTIVE' },
    });
  });

  it('does not move a tenant onto a retired plan', async () => {
    const { tenant } = await createTestTenant('subs-retired', 'basic');
    const code = planCode();
    await create({ code, name: 'Retired', priceMinor: 100, limits, isActive: false });
    const res = await ownerCall(putSubscription, {
      method: 'PUT',
      path: `/api/owner/tenants/${tenant.id}/subscription`,
      params: { id: tenant.id },
      cookie: owner.cookie,
      body: { planCode: code },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields.planCode).toEqual(['This plan is no longer offered.']);
  });
});
