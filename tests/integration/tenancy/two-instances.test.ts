import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerDb } from '@/server/owner/db/client';
import { upsertOwnerUser } from '@/server/owner/users/upsert-owner-user';
import { startAppInstance, type AppInstance } from '@tests/support/app-instances';
import { within } from '@tests/support/wait-for';
import { createTestTenant, type TestTenant } from '@tests/support/tenants';

let a: AppInstance;
let b: AppInstance;
let clinic: TestTenant;
const OWNER_HOST = 'localhost:3000';

beforeAll(async () => {
  [a, b, clinic] = await Promise.all([startAppInstance(), startAppInstance(), createTestTenant('twoapps')]);
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

describe('two app instances on one owner database', () => {
  it('accepts on one instance a session made on the other, and sees domain changes and suspensions within 2 s', async () => {
    const host = `${clinic.slug}.localhost:3000`;
    const login = await a.request(host, '/api/auth/login', {
      method: 'POST',
      body: { email: clinic.admin.email, password: clinic.admin.password },
    });
    expect(login.status).toBe(200);
    const cookie = login.setCookie!.split(';')[0]!;
    expect((await b.request(host, '/api/practices', { cookie })).status).toBe(200);

    // The operator works on instance A.
    const email = `two-${crypto.randomBytes(4).toString('hex')}@owner.test`;
    await upsertOwnerUser(ownerDb, { email, password: 'owner-password-123', role: 'OWNER', name: 'Two' });
    const ownerLogin = await a.request(OWNER_HOST, '/api/owner/auth/login', {
      method: 'POST',
      body: { email, password: 'owner-password-123' },
    });
    expect(ownerLogin.status).toBe(200);
    const ownerCookie = ownerLogin.setCookie!.split(';')[0]!;

    // B has resolved the new domain as unknown (and cached that) before it is added on A.
    const domain = `vets-${crypto.randomBytes(3).toString('hex')}.example.com`;
    expect((await b.request(domain, '/api/practices', { cookie })).status).toBe(404);
    const added = await a.request(OWNER_HOST, `/api/owner/tenants/${clinic.tenant.id}/domains`, {
      method: 'POST',
      cookie: ownerCookie,
      body: { domain },
    });
    expect(added.status).toBe(201);
    await within(2_000, async () => (await b.request(domain, '/api/practices', { cookie })).status === 200);

    const suspended = await a.request(OWNER_HOST, `/api/owner/tenants/${clinic.tenant.id}/suspend`, {
      method: 'POST',
      cookie: ownerCookie,
    });
    expect(suspended.status).toBe(200);
    await within(2_000, async () => {
      const res = await b.request(host, '/api/practices', { cookie });
      return res.status === 403 && res.body?.error?.code === 'TENANT_SUSPENDED';
    });
  }, 60_000);
});
