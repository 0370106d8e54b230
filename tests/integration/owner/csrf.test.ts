import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as login } from '@/app/api/owner/auth/login/route';
import { POST as suspend } from '@/app/api/owner/tenants/[id]/suspend/route';
import { POST as createTenant } from '@/app/api/owner/tenants/route';
import { proxy } from '@/proxy';
import { createOwnerAccounts, ownerCall, type OwnerAccount } from '@tests/support/owner-auth';
import { createTestTenant } from '@tests/support/tenants';

let owner: OwnerAccount;

beforeAll(async () => {
  ({ owner } = await createOwnerAccounts('csrf'));
});

describe('CSRF protection of the owner API', () => {
  const foreign: [string, Record<string, string>][] = [
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ["a tenant site's Origin (same site, other origin)", { origin: 'http://clinic.localhost:3000' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['an opaque Origin (null)', { origin: 'null' }],
  ];

  it.each(foreign)('refuses a state change with %s (403), and changes nothing', async (_name, headers) => {
    const { tenant } = await createTestTenant('csrf');
    const res = await ownerCall(suspend, {
      method: 'POST',
      path: `/api/owner/tenants/${tenant.id}/suspend`,
      params: { id: tenant.id },
      cookie: owner.cookie,
      headers,
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF_REJECTED');
    const proxied = proxy(
      new NextRequest(`http://localhost:3000/api/owner/tenants/${tenant.id}/suspend`, {
        method: 'POST',
        headers: { host: 'localhost:3000', ...headers },
      }),
    );
    expect(proxied.status).toBe(403);
    const after = await ownerCall(suspend, {
      method: 'POST',
      path: `/api/owner/tenants/${tenant.id}/suspend`,
      params: { id: tenant.id },
      cookie: owner.cookie,
    });
    expect(after.body.data.status).toBe('SUSPENDED'); // it was still ACTIVE until this same-origin call
  });

  it('refuses a cross-site sign-in (login CSRF)', async () => {
    const res = await ownerCall(login, {
      method: 'POST',
      path: '/api/owner/auth/login',
      body: { email: owner.email, password: owner.password },
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
  });

  it('accepts same-origin requests and requests without browser headers', async () => {
    const variants: Record<string, string>[] = [
      { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
      {},
    ];
    for (const headers of variants) {
      const res = await ownerCall(createTenant, {
        method: 'POST',
        path: '/api/owner/tenants',
        cookie: owner.cookie,
        body: {},
        headers,
      });
      expect(res.status).toBe(400); // reached validation
    }
  });
});
