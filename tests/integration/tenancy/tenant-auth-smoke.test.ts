import { describe, expect, it } from 'vitest';
import { GET as me } from '@/app/api/auth/me/route';
import { callRoute } from '@tests/support/http';
import { createTestTenant, signIn } from '@tests/support/tenants';

describe('tenant sign-in', () => {
  it('signs in on the tenant host and rejects the session on another tenant host', async () => {
    const a = await createTestTenant('auth-a');
    const b = await createTestTenant('auth-b');
    const cookie = await signIn(a.origin, a.admin.email, a.admin.password);
    const own = await callRoute(me, { url: `${a.origin}/api/auth/me`, cookie });
    expect(own.status).toBe(200);
    expect(own.body.data.user.email).toBe(a.admin.email);
    const foreign = await callRoute(me, { url: `${b.origin}/api/auth/me`, cookie });
    expect(foreign.status).toBe(401);
  });
});
