import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getAudit } from '@/app/api/owner/audit/route';
import { PATCH as patchPlan } from '@/app/api/owner/plans/[code]/route';
import { POST as createPlan } from '@/app/api/owner/plans/route';
import { GET as getSettings, PUT as putSettings } from '@/app/api/owner/settings/route';
import { POST as createTenant } from '@/app/api/owner/tenants/route';
import { POST as signUp } from '@/app/api/signup/route';
import { callRoute } from '@tests/support/http';
import { GET as getSubscription } from '@/app/api/owner/tenants/[id]/subscription/route';
import { POST as ownerLogin } from '@/app/api/owner/auth/login/route';
import { mailMessages, tenants as tenantsTable } from '@/server/owner/db/schema';
import { createTestTenant } from '@tests/support/tenants';
import { eq } from 'drizzle-orm';
import { auditEntrySchema } from '@/server/owner/audit/list-audit.schema';
import { ownerDb } from '@/server/owner/db/client';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { systemSettingsSchema, type SystemSettings } from '@/server/owner/settings/settings.schema';
import { uniqueSlug } from '@tests/support/factories';
import { createOwnerAccounts, ownerCall, uniqueIp, type OwnerAccount } from '@tests/support/owner-auth';

// The only test file that changes system settings (they are global): it restores them when done.
let owner: OwnerAccount;
let support: OwnerAccount;
let original: SystemSettings;

beforeAll(async () => {
  ({ owner, support } = await createOwnerAccounts('settings'));
  original = await readSystemSettings(ownerDb);
});

afterAll(async () => {
  await ownerCall(putSettings, {
    method: 'PUT',
    path: '/api/owner/settings',
    cookie: owner.cookie,
    body: original,
  });
});

function put(body: unknown, cookie = owner.cookie) {
  return ownerCall(putSettings, { method: 'PUT', path: '/api/owner/settings', cookie, body });
}

describe('system settings', () => {
  it('reads the typed settings with defaults filled in', async () => {
    const res = await ownerCall(getSettings, { path: '/api/owner/settings', cookie: support.cookie });
    expect(res.status).toBe(200);
    expect(systemSettingsSchema.parse(res.body.data)).toEqual(original);
  });

  it('changes some keys, keeps the others, and audits from → to', async () => {
    const res = await put({ supportEmail: 'Help@Example.COM', maintenanceBanner: '  Upgrade on Sunday  ' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      ...original,
      supportEmail: 'help@example.com',
      maintenanceBanner: 'Upgrade on Sunday',
    });
    expect(
      (await ownerCall(getSettings, { path: '/api/owner/settings', cookie: owner.cookie })).body.data,
    ).toEqual(res.body.data);
    expect((await put({ maintenanceBanner: '' })).body.data.maintenanceBanner).toBeNull();

    const audit = await ownerCall(getAudit, {
      path: `/api/owner/audit?action=settings.update&actor=${owner.email}&limit=2`,
      cookie: owner.cookie,
    });
    expect(audit.body.data[1].details.changes).toEqual({
      supportEmail: { from: original.supportEmail, to: 'help@example.com' },
      maintenanceBanner: { from: original.maintenanceBanner, to: 'Upgrade on Sunday' },
    });
  });

  it('refuses unknown keys, wrong types, empty bodies and unknown plans (400 per field)', async () => {
    const cases: [unknown, string][] = [
      [{ supportEmail: 'not-an-email' }, 'supportEmail'],
      [{ signupsOpen: 'yes' }, 'signupsOpen'],
      [{ maintenanceBanner: 'x'.repeat(501) }, 'maintenanceBanner'],
      [{ defaultPlanCode: 'no-such-plan' }, 'defaultPlanCode'],
      [{ colour: 'red' }, '_'],
      [{}, '_'],
    ];
    for (const [body, field] of cases) {
      const res = await put(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.body.error.details.fields)).toEqual([field]);
    }
    expect((await put({ signupsOpen: true }, support.cookie)).status).toBe(403);
  });

  it('uses the default plan for new tenants and refuses to retire it', async () => {
    const code = `d-${crypto.randomBytes(4).toString('hex')}`;
    const limits = { maxUsers: null, maxPractices: null, maxPatients: null, maxStorageBytes: null };
    expect(
      (
        await ownerCall(createPlan, {
          method: 'POST',
          path: '/api/owner/plans',
          cookie: owner.cookie,
          body: { code, name: 'Default test', priceMinor: 0, limits },
        })
      ).status,
    ).toBe(201);
    expect((await put({ defaultPlanCode: code })).status).toBe(200);
    try {
      const slug = uniqueSlug('defplan');
      const tenant = await ownerCall(createTenant, {
        method: 'POST',
        path: '/api/owner/tenants',
        cookie: owner.cookie,
        body: {
          name: 'Default Plan',
          slug,
          admin: { email: `a@${slug}.test`, name: 'A', password: 'admin-password-123' },
        },
      });
      expect(tenant.status).toBe(201);
      expect(tenant.body.data.planCode).toBe(code);
      const retire = await ownerCall(patchPlan, {
        method: 'PATCH',
        path: `/api/owner/plans/${code}`,
        params: { code },
        cookie: owner.cookie,
        body: { isActive: false },
      });
      expect(retire.status).toBe(409);
      expect(retire.body.error.code).toBe('PLAN_IS_DEFAULT');
    } finally {
      await put({ defaultPlanCode: original.defaultPlanCode });
    }
  });
});

describe('audit log', () => {
  it('filters by action prefix, actor and time, and pages with a cursor', async () => {
    const since = new Date().toISOString();
    for (const banner of ['one', 'two', 'three'])
      expect((await put({ maintenanceBanner: banner })).status).toBe(200);
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/owner/audit?action=settings.*&actor=${owner.id}&since=${encodeURIComponent(since)}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await ownerCall(getAudit, { path: url, cookie: support.cookie });
      expect(res.status).toBe(200);
      res.body.data.forEach((e: unknown) => auditEntrySchema.parse(e));
      pages.push(
        res.body.data.map(
          (e: { details: { changes: { maintenanceBanner: { to: string } } } }) =>
            e.details.changes.maintenanceBanner.to,
        ),
      );
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(pages).toEqual([['three', 'two'], ['one']]);
    const future = await ownerCall(getAudit, {
      path: `/api/owner/audit?actor=${owner.id}&since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
      cookie: owner.cookie,
    });
    expect(future.body.data).toEqual([]);
    expect(
      (await ownerCall(getAudit, { path: '/api/owner/audit?since=yesterday', cookie: owner.cookie })).status,
    ).toBe(400);
    expect(
      (await ownerCall(getAudit, { path: '/api/owner/audit?action=DROP%20TABLE', cookie: owner.cookie }))
        .status,
    ).toBe(400);
  });
});

// Self sign-up lives here because it depends on the global signupsOpen setting, which only this file changes.
describe('self sign-up (POST /api/signup on the apex host)', () => {
  const body = (slug: string) => ({
    clinicName: 'Self-Made Vets',
    slug,
    name: 'Sam Signup',
    email: `sam@${slug}.test`,
    password: 'a-long-enough-password',
  });
  const call = (payload: unknown, ip: string, host = 'localhost:3000') =>
    callRoute(signUp, {
      method: 'POST',
      url: `http://${host}/api/signup`,
      body: payload,
      headers: { 'x-forwarded-for': ip },
    });

  it('is off by default: 404, nothing created', async () => {
    expect((await put({ signupsOpen: false })).status).toBe(200);
    const res = await call(body(uniqueSlug('nosignup')), uniqueIp());
    expect(res.status).toBe(404);
  });

  it('when open, records a pending request and mails a confirmation link (no clinic yet), and throttles each address', async () => {
    expect((await put({ signupsOpen: true })).status).toBe(200);
    const ip = uniqueIp();
    const slug = uniqueSlug('selfsign');
    const res = await call(body(slug), ip);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.data).toMatchObject({ status: 'PENDING_VERIFICATION', slug, email: `sam@${slug}.test` });
    expect(res.body.data.message).toContain(`sam@${slug}.test`);
    // Nothing is created until the link is followed (tests/integration/owner/signup-verification.test.ts).
    expect(await ownerDb.select().from(tenantsTable).where(eq(tenantsTable.slug, slug))).toEqual([]);
    const [mail] = await ownerDb
      .select()
      .from(mailMessages)
      .where(eq(mailMessages.recipient, `sam@${slug}.test`));
    expect(mail).toMatchObject({ template: 'signup-verification' });
    expect(mail!.text).toContain('http://localhost:3000/signup/verify?token=');

    // Not on a clinic host, and bad input is a 400 with plain words.
    const clinic = await createTestTenant('signuphost');
    expect((await call(body(uniqueSlug('x')), ip, `${clinic.slug}.localhost:3000`)).status).toBe(404);
    const bad = await call({ ...body(uniqueSlug('bad')), clinicName: 'C'.repeat(121) }, uniqueIp());
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields.clinicName).toEqual(['Use at most 120 characters.']);
    // An address already in use is refused at once, before any mail.
    const taken = await call(body(clinic.slug), uniqueIp());
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'SLUG_TAKEN' });
    expect(taken.body.error.details.fields.slug).toEqual(['Already in use. Choose another address.']);

    // Three attempts per address an hour: the fourth is refused with Retry-After.
    expect((await call(body(uniqueSlug('selfsign')), ip)).status).toBe(202);
    expect((await call(body(uniqueSlug('selfsign')), ip)).status).toBe(202);
    const throttled = await call(body(uniqueSlug('selfsign')), ip);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await call(body(uniqueSlug('selfsign')), uniqueIp())).status).toBe(202);
    // And three confirmation mails per e-mail address an hour, whatever the sender's address.
    const victim = { ...body(uniqueSlug('inbox')), email: `inbox-${slug}@example.test` };
    for (let i = 0; i < 3; i++)
      expect((await call({ ...victim, slug: uniqueSlug('inbox') }, uniqueIp())).status).toBe(202);
    expect((await call({ ...victim, slug: uniqueSlug('inbox') }, uniqueIp())).status).toBe(429);
    await put({ signupsOpen: false });
  });
});

describe('attribution', () => {
  it('names the owner who created a clinic on its first subscription period, and the account tried on a failed sign-in', async () => {
    const slug = uniqueSlug('attrib');
    const created = await ownerCall(createTenant, {
      method: 'POST',
      path: '/api/owner/tenants',
      cookie: owner.cookie,
      body: {
        name: 'Attributed Clinic',
        slug,
        admin: { email: `a@${slug}.test`, name: 'A', password: 'long-enough-pw' },
      },
    });
    expect(created.status).toBe(201);
    const sub = await ownerCall(getSubscription, {
      path: `/api/owner/tenants/${created.body.data.id}/subscription`,
      params: { id: created.body.data.id },
      cookie: owner.cookie,
    });
    expect(sub.body.data.history[0].changedBy).toMatchObject({ email: owner.email });

    const failed = await ownerCall(ownerLogin, {
      method: 'POST',
      path: '/api/owner/auth/login',
      body: { email: support.email, password: 'definitely-wrong' },
      headers: { 'x-forwarded-for': uniqueIp() },
    });
    expect(failed.status).toBe(401);
    const audit = await ownerCall(getAudit, {
      path: `/api/owner/audit?action=owner.login_failed&actor=${support.email}&limit=1`,
      cookie: owner.cookie,
    });
    expect(audit.body.data[0]).toMatchObject({ actorEmail: support.email });
  });
});
