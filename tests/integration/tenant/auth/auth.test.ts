import { describe, expect, it } from 'vitest';
import { POST as login } from '@/app/api/auth/login/route';
import { POST as logout } from '@/app/api/auth/logout/route';
import { GET as me } from '@/app/api/auth/me/route';
import { POST as changePassword } from '@/app/api/auth/password/route';
import { GET as listClients } from '@/app/api/clients/route';
import { POST as createUser } from '@/app/api/users/route';
import { callRoute, cookieFrom } from '@tests/support/http';
import { adminCaller, caller, firstPracticeId } from '@tests/support/tenant-people-api';
import { createTestTenant, signIn } from '@tests/support/tenants';

describe('tenant sign-in', () => {
  it('signs in with a host-only HttpOnly cookie and reports the user with their practices', async () => {
    const t = await createTestTenant('auth-in');
    const res = await callRoute(login, {
      method: 'POST',
      url: `${t.origin}/api/auth/login`,
      body: { email: t.admin.email.toUpperCase(), password: t.admin.password },
    });
    expect(res.status).toBe(200);
    expect(res.setCookie).toMatch(/HttpOnly/);
    expect(res.setCookie).not.toMatch(/Domain=/i);
    expect(res.body.data.user).toMatchObject({
      email: t.admin.email,
      role: 'ADMIN',
      mustChangePassword: false,
    });
    expect(res.body.data.user.practiceIds).toHaveLength(1);

    const self = await caller(t.origin, cookieFrom(res.setCookie)).get(me, '/api/auth/me');
    expect(self.status).toBe(200);
    expect(self.body.data.user.email).toBe(t.admin.email);
    expect(self.body.data.tenant.slug).toBe(t.slug);
  });

  it('gives the same 401 for a wrong password and an unknown account', async () => {
    const t = await createTestTenant('auth-bad');
    const wrong = await callRoute(login, {
      method: 'POST',
      url: `${t.origin}/api/auth/login`,
      body: { email: t.admin.email, password: 'not-the-password' },
    });
    const unknown = await callRoute(login, {
      method: 'POST',
      url: `${t.origin}/api/auth/login`,
      body: { email: 'nobody@x.test', password: 'whatever-123' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('throttles repeated failures with 429 and Retry-After, even for the right password', async () => {
    const t = await createTestTenant('auth-throttle');
    const attempt = (password: string) =>
      callRoute(login, {
        method: 'POST',
        url: `${t.origin}/api/auth/login`,
        body: { email: t.admin.email, password },
        headers: { 'x-forwarded-for': '10.9.8.7' },
      });
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong-${i}`)).status).toBe(401);
    const locked = await attempt(t.admin.password);
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('locks the guessing address out of the account, not the real user elsewhere; many addresses lock it for all', async () => {
    const t = await createTestTenant('auth-lockout');
    const attempt = (password: string, ip: string) =>
      callRoute(login, {
        method: 'POST',
        url: `${t.origin}/api/auth/login`,
        body: { email: t.admin.email, password },
        headers: { 'x-forwarded-for': ip },
      });
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong-${i}`, '10.6.6.6')).status).toBe(401);
    expect((await attempt(t.admin.password, '10.6.6.6')).status).toBe(429);
    expect((await attempt(t.admin.password, '10.1.1.1')).status).toBe(200);

    // A distributed guess: 50 failures in an hour from 50 addresses lock the account everywhere.
    for (let i = 0; i < 50; i++) expect((await attempt(`wrong-${i}`, `10.7.0.${i}`)).status).toBe(401);
    const locked = await attempt(t.admin.password, '10.1.1.1');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  }, 60_000);

  it('ends the session on logout', async () => {
    const t = await createTestTenant('auth-out');
    const api = await adminCaller(t);
    const out = await api.post(logout, '/api/auth/logout');
    expect(out.status).toBe(200);
    expect(out.setCookie).toMatch(/Max-Age=0/);
    expect((await api.get(me, '/api/auth/me')).status).toBe(401);
  });

  it('refuses a cross-site state change (CSRF) and leaves the session intact', async () => {
    const t = await createTestTenant('auth-csrf');
    const api = await adminCaller(t);
    const forged = await callRoute(logout, {
      method: 'POST',
      url: `${t.origin}/api/auth/logout`,
      cookie: api.cookie,
      headers: { origin: 'http://evil.test' },
    });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('CSRF_REJECTED');
    const crossSite = await callRoute(createUser, {
      method: 'POST',
      url: `${t.origin}/api/users`,
      cookie: api.cookie,
      headers: { 'sec-fetch-site': 'cross-site' },
      body: { email: 'x@y.test', name: 'X', role: 'ADMIN', password: 'long-enough-password' },
    });
    expect(crossSite.status).toBe(403);
    expect((await api.get(me, '/api/auth/me')).status).toBe(200);
    const sameOrigin = await callRoute(logout, {
      method: 'POST',
      url: `${t.origin}/api/auth/logout`,
      cookie: api.cookie,
      headers: { origin: t.origin },
    });
    expect(sameOrigin.status).toBe(200);
  });
});

describe('changing your own password', () => {
  it('requires the current password, then signs out the other sessions only', async () => {
    const t = await createTestTenant('auth-pw');
    const here = await adminCaller(t);
    const elsewhere = await adminCaller(t);

    const wrong = await here.post(changePassword, '/api/auth/password', {
      currentPassword: 'nope-nope-nope',
      newPassword: 'a-brand-new-password',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('INVALID_CURRENT_PASSWORD');

    const same = await here.post(changePassword, '/api/auth/password', {
      currentPassword: t.admin.password,
      newPassword: t.admin.password,
    });
    expect(same.status).toBe(400);
    expect(same.body.error.details.fields.newPassword).toBeDefined();

    const ok = await here.post(changePassword, '/api/auth/password', {
      currentPassword: t.admin.password,
      newPassword: 'a-brand-new-password',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toEqual({ passwordChanged: true, otherSessionsRevoked: 1 });
    expect((await here.get(me, '/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get(me, '/api/auth/me')).status).toBe(401);
    await expect(signIn(t.origin, t.admin.email, t.admin.password)).rejects.toThrow(/401/);
    await expect(signIn(t.origin, t.admin.email, 'a-brand-new-password')).resolves.toMatch(/=/);
  });

  it('makes a user with a temporary password change it before using the API', async () => {
    const t = await createTestTenant('auth-temp');
    const admin = await adminCaller(t);
    const practiceId = await firstPracticeId(admin);
    const invited = await admin.post(createUser, '/api/users', {
      email: 'new.vet@clinic.test',
      name: 'New Vet',
      role: 'VETERINARIAN',
      practiceIds: [practiceId],
    });
    expect(invited.status).toBe(201);
    const temporaryPassword: string = invited.body.data.temporaryPassword;
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(20);
    expect(invited.body.data.mustChangePassword).toBe(true);

    const vet = caller(t.origin, await signIn(t.origin, 'new.vet@clinic.test', temporaryPassword));
    const blocked = await vet.get(listClients, '/api/clients');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const self = await vet.get(me, '/api/auth/me');
    expect(self.status).toBe(200);
    expect(self.body.data.user.mustChangePassword).toBe(true);

    const changed = await vet.post(changePassword, '/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'my-own-secret-pass',
    });
    expect(changed.status).toBe(200);
    expect((await vet.get(listClients, '/api/clients')).status).toBe(200);
    expect((await vet.get(me, '/api/auth/me')).body.data.user.mustChangePassword).toBe(false);
  });
});
