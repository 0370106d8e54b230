import { afterEach, describe, expect, it } from 'vitest';
import { POST as deactivate } from '@/app/api/users/[id]/deactivate/route';
import { resetEnvForTests } from '@/env';
import { checkSameOrigin, publicOrigin } from '@/server/shared/http/csrf';
import { callRoute } from '@tests/support/http';
import { createStaff, createPharmacyTenant } from '@tests/support/pharmacy-fixtures';

/** Issue 8, point 12: the Origin must match the request's public origin in scheme, host AND port. */
describe('full-origin CSRF check', () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
    resetEnvForTests();
  });

  it('refuses a same-site Origin on another port or scheme, and accepts the exact origin', async () => {
    const { t, admin } = await createPharmacyTenant('csrf-port');
    const victim = await createStaff(t, 'RECEPTIONIST');
    const host = new URL(t.origin).host; // <slug>.localhost:3000
    const hostname = new URL(t.origin).hostname;
    const call = (origin: string) =>
      callRoute(deactivate, {
        method: 'POST',
        url: `${t.origin}/api/users/${victim.id}/deactivate`,
        cookie: admin,
        params: { id: victim.id },
        headers: { origin, 'sec-fetch-site': 'same-site' },
      });
    for (const origin of [`http://${hostname}:9999`, `https://${host}`, `http://${hostname}`]) {
      const res = await call(origin);
      expect({ origin, status: res.status, code: res.body.error?.code }).toEqual({
        origin,
        status: 403,
        code: 'CSRF_REJECTED',
      });
    }
    const same = await call(`http://${host}`);
    expect(same.status).toBe(200);
  });

  it('takes scheme, host and port from X-Forwarded-* only with TRUST_PROXY', () => {
    const headers = new Headers({
      host: 'app.internal:3000',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'clinic.example.com',
    });
    expect(publicOrigin(headers, 'http://app.internal:3000/api/x')).toBe('http://app.internal:3000');
    expect(
      checkSameOrigin('POST', new Headers([...headers, ['origin', 'https://clinic.example.com']])),
    ).not.toBeNull();
    process.env.TRUST_PROXY = 'true';
    resetEnvForTests();
    expect(publicOrigin(headers, 'http://app.internal:3000/api/x')).toBe('https://clinic.example.com');
    const withOrigin = (origin: string) => new Headers([...headers, ['origin', origin]]);
    expect(
      checkSameOrigin('POST', withOrigin('https://clinic.example.com'), 'http://app.internal:3000/'),
    ).toBeNull();
    expect(
      checkSameOrigin('POST', withOrigin('http://clinic.example.com'), 'http://app.internal:3000/'),
    ).not.toBeNull();
    expect(
      checkSameOrigin('POST', withOrigin('https://clinic.example.com:8443'), 'http://app.internal:3000/'),
    ).not.toBeNull();
  });
});
