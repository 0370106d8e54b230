import { beforeAll, describe, expect, it } from 'vitest';
import { GET as tenantMe } from '@/app/api/auth/me/route';
import { GET as getAudit } from '@/app/api/owner/audit/route';
import {
  DELETE as removeDomain,
  PATCH as updateDomain,
} from '@/app/api/owner/tenants/[id]/domains/[domain]/route';
import { POST as addDomain } from '@/app/api/owner/tenants/[id]/domains/route';
import { GET as getTenant } from '@/app/api/owner/tenants/[id]/route';
import { callRoute } from '@tests/support/http';
import { createOwnerAccounts, ownerCall, type OwnerAccount } from '@tests/support/owner-auth';
import { createTestTenant, type TestTenant } from '@tests/support/tenants';

let owner: OwnerAccount;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  ({ owner } = await createOwnerAccounts('domains'));
  [a, b] = await Promise.all([createTestTenant('dom-a'), createTestTenant('dom-b')]);
});

function add(tenant: TestTenant, body: unknown) {
  return ownerCall(addDomain, {
    method: 'POST',
    path: `/api/owner/tenants/${tenant.tenant.id}/domains`,
    params: { id: tenant.tenant.id },
    cookie: owner.cookie,
    body,
  });
}

function remove(tenant: TestTenant, domain: string) {
  return ownerCall(removeDomain, {
    method: 'DELETE',
    path: `/api/owner/tenants/${tenant.tenant.id}/domains/${domain}`,
    params: { id: tenant.tenant.id, domain },
    cookie: owner.cookie,
  });
}

async function domainsOf(tenant: TestTenant) {
  const res = await ownerCall(getTenant, {
    path: `/api/owner/tenants/${tenant.tenant.id}`,
    params: { id: tenant.tenant.id },
    cookie: owner.cookie,
  });
  return res.body.data.domains.map(
    (d: { domain: string; isPrimary: boolean }) => `${d.domain}${d.isPrimary ? '*' : ''}`,
  );
}

/** Polls a host until it answers `status`, failing after 2 s. */
async function expectHost(host: string, status: number) {
  const started = Date.now();
  for (;;) {
    const res = await callRoute(tenantMe, { url: `http://${host}:3000/api/auth/me` });
    if (res.status === status) return;
    if (Date.now() - started > 2000) throw new Error(`${host} answers ${res.status}, expected ${status}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('tenant domains', () => {
  it('adds lower-cased domains, keeps one primary, serves them and removes them', async () => {
    const first = `Clinic.${a.slug}.Example.com`;
    const res = await add(a, { domain: first });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ domain: first.toLowerCase(), isPrimary: true });
    await expectHost(first.toLowerCase(), 401);

    expect((await add(a, { domain: `www.${a.slug}.example.com` })).body.data.isPrimary).toBe(false);
    expect((await add(a, { domain: `new.${a.slug}.example.com`, isPrimary: true })).status).toBe(201);
    expect(await domainsOf(a)).toEqual([
      `new.${a.slug}.example.com*`,
      `clinic.${a.slug}.example.com`,
      `www.${a.slug}.example.com`,
    ]);

    const removed = await remove(a, `new.${a.slug}.example.com`);
    expect(removed.status).toBe(200);
    expect(removed.body.data.newPrimary).toBe(`clinic.${a.slug}.example.com`);
    await expectHost(`new.${a.slug}.example.com`, 404);
    expect((await remove(a, `new.${a.slug}.example.com`)).status).toBe(404);

    const audit = await ownerCall(getAudit, {
      path: `/api/owner/audit?target=${a.tenant.id}&action=tenant.domain_*`,
      cookie: owner.cookie,
    });
    expect(audit.body.data.map((e: { action: string }) => e.action)).toEqual([
      'tenant.domain_remove',
      'tenant.domain_add',
      'tenant.domain_add',
      'tenant.domain_add',
    ]);
  });

  it('makes an existing domain primary, keeping the previous one mapped', async () => {
    const first = `one.${b.slug}.example.org`;
    const second = `two.${b.slug}.example.org`;
    expect((await add(b, { domain: first })).status).toBe(201);
    expect((await add(b, { domain: second })).status).toBe(201);
    const patch = (domain: string, body: unknown) =>
      ownerCall(updateDomain, {
        method: 'PATCH',
        path: `/api/owner/tenants/${b.tenant.id}/domains/${domain}`,
        params: { id: b.tenant.id, domain },
        cookie: owner.cookie,
        body,
      });
    const res = await patch(second, { isPrimary: true });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ domain: second, isPrimary: true });
    expect(await domainsOf(b)).toEqual(expect.arrayContaining([`${second}*`, first]));
    await expectHost(first, 401);
    expect((await patch(second, { isPrimary: false })).status).toBe(400);
    expect((await patch(`missing.${b.slug}.example.org`, { isPrimary: true })).status).toBe(404);
  });

  it('gives one domain to one tenant only (409)', async () => {
    const domain = `shared.${a.slug}.example.net`;
    expect((await add(a, { domain })).status).toBe(201);
    const taken = await add(b, { domain: domain.toUpperCase() });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('DOMAIN_TAKEN');
    expect((await add(a, { domain })).status).toBe(409);
    // Removing it from tenant B does nothing to tenant A's domain.
    expect((await remove(b, domain)).status).toBe(404);
    await expectHost(domain, 401);
  });

  it('refuses host names that are not domains or would shadow a slug host', async () => {
    for (const domain of ['http://x.example.com', 'x.example.com:8080', 'bad_domain.com', '']) {
      expect((await add(a, { domain })).status).toBe(400);
    }
    for (const domain of [
      `${b.slug}.localhost`,
      'future-clinic.localhost',
      'localhost',
      '127.0.0.1',
      '203.0.113.5',
    ]) {
      const res = await add(a, { domain });
      expect(res.status).toBe(400);
      expect(res.body.error.details.fields.domain).toHaveLength(1);
    }
  });
});
