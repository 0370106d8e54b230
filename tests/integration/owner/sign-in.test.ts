import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getAudit } from '@/app/api/owner/audit/route';
import { POST as login } from '@/app/api/owner/auth/login/route';
import { POST as logout } from '@/app/api/owner/auth/logout/route';
import { GET as me } from '@/app/api/owner/auth/me/route';
import { POST as changePassword } from '@/app/api/owner/auth/password/route';
import { ownerDb } from '@/server/owner/db/client';
import { upsertOwnerUser } from '@/server/owner/users/upsert-owner-user';
import { cookieFrom } from '@tests/support/http';
import {
  createOwnerAccount,
  createOwnerAccounts,
  ownerCall,
  ownerSignIn,
  uniqueIp,
  type OwnerAccount,
} from '@tests/support/owner-auth';

let owner: OwnerAccount;

beforeAll(async () => {
  ({ owner } = await createOwnerAccounts('signin'));
});

function attempt(email: string, password: string, ip = uniqueIp()) {
  return ownerCall(login, {
    method: 'POST',
    path: '/api/owner/auth/login',
    body: { email, password },
    headers: { 'x-forwarded-for': ip },
  });
}

async function newAccount(): Promise<{ email: string; password: string }> {
  const email = `throttle-${crypto.randomBytes(4).toString('hex')}@owner.test`;
  const password = 'right-password-123';
  await upsertOwnerUser(ownerDb, { email, password });
  return { email, password };
}

describe('owner sign-in', () => {
  it('sets a host-only HttpOnly SameSite=Lax session cookie and knows who is signed in', async () => {
    const res = await attempt(owner.email.toUpperCase(), owner.password);
    expect(res.status).toBe(200);
    expect(res.body.data.user).toMatchObject({ email: owner.email, role: 'OWNER' });
    const cookie = res.setCookie!;
    expect(cookie).toMatch(/^smartdmv_owner_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toMatch(/Domain=|Secure/);
    const who = await ownerCall(me, { path: '/api/owner/auth/me', cookie: cookieFrom(cookie) });
    expect(who.body.data.user.id).toBe(owner.id);
    expect(who.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a wrong password and an unknown email with the same 401 in similar time', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      const res = await attempt(email, 'wrong-password-000');
      expect(res.status).toBe(401);
      expect(res.body.error).toEqual({
        code: 'INVALID_CREDENTIALS',
        message: 'Email or password is incorrect.',
      });
      return performance.now() - started;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
    const known = median([await time(owner.email), await time(owner.email), await time(owner.email)]);
    const unknown = median([
      await time('nobody@owner.test'),
      await time('nobody@owner.test'),
      await time('nobody@owner.test'),
    ]);
    // Both spend one password-hash verification; without the dummy hash the unknown email would answer in ~1 ms.
    expect(unknown / known).toBeGreaterThan(0.4);
    expect(unknown / known).toBeLessThan(2.5);
  });

  it('throttles an account from one address after 5 failures, and from anywhere after 50 (429 with Retry-After)', async () => {
    const account = await newAccount();
    const guesser = uniqueIp();
    for (let i = 0; i < 5; i++)
      expect((await attempt(account.email, 'wrong-password-000', guesser)).status).toBe(401);
    const locked = await attempt(account.email, account.password, guesser);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(locked.body.error.code).toBe('TOO_MANY_REQUESTS');
    // The real owner, elsewhere, is not locked out by someone else's guesses...
    expect((await attempt(account.email, account.password)).status).toBe(200);
    // ...until the guesses come from so many addresses that the account itself is locked.
    for (let i = 0; i < 50; i++)
      expect((await attempt(account.email, 'wrong-password-000')).status).toBe(401);
    expect((await attempt(account.email, account.password)).status).toBe(429);
  }, 60_000);

  it('throttles a client address after 20 failures across accounts', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 20; i++)
      expect((await attempt(`spray-${i}-${ip}@owner.test`, 'wrong-password-000', ip)).status).toBe(401);
    const account = await newAccount();
    const locked = await attempt(account.email, account.password, ip);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The same account from another address is fine.
    expect((await attempt(account.email, account.password)).status).toBe(200);
  });

  it('audits failed sign-ins with the address they came from', async () => {
    const ip = uniqueIp();
    const email = `audit-${crypto.randomBytes(4).toString('hex')}@owner.test`;
    await attempt(email, 'wrong-password-000', ip);
    const audit = await ownerCall(getAudit, {
      path: '/api/owner/audit?action=owner.login_failed&limit=50',
      cookie: owner.cookie,
    });
    const entry = audit.body.data.find((e: { details: { email?: string } }) => e.details.email === email);
    expect(entry).toMatchObject({ action: 'owner.login_failed', ipAddress: ip, actorId: null });
  });

  it('logs out: the session stops working and the logout is audited', async () => {
    const cookie = await ownerSignIn(owner.email, owner.password);
    const res = await ownerCall(logout, { method: 'POST', path: '/api/owner/auth/logout', cookie });
    expect(res.status).toBe(200);
    expect(res.setCookie).toMatch(/Max-Age=0/);
    expect((await ownerCall(me, { path: '/api/owner/auth/me', cookie })).status).toBe(401);
    const audit = await ownerCall(getAudit, {
      path: `/api/owner/audit?action=owner.logout&actor=${owner.email}`,
      cookie: owner.cookie,
    });
    expect(audit.body.data.length).toBeGreaterThan(0);
  });
});

describe('POST /api/owner/auth/password', () => {
  it('requires the current password, then revokes the other sessions and keeps this one', async () => {
    const account = await createOwnerAccount('password', 'SUPPORT');
    const other = await ownerSignIn(account.email, account.password);
    const change = (body: unknown) =>
      ownerCall(changePassword, {
        method: 'POST',
        path: '/api/owner/auth/password',
        cookie: account.cookie,
        body,
      });

    const wrong = await change({ currentPassword: 'not-it', newPassword: 'brand-new-password-1' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('INVALID_CURRENT_PASSWORD');
    expect(
      (await change({ currentPassword: account.password, newPassword: account.password })).body.error.details
        .fields.newPassword,
    ).toHaveLength(1);
    expect((await change({ currentPassword: account.password, newPassword: 'short' })).status).toBe(400);

    const ok = await change({ currentPassword: account.password, newPassword: 'brand-new-password-1' });
    expect(ok.status).toBe(200);
    expect(ok.body.data.revokedSessions).toBe(1);
    expect((await ownerCall(me, { path: '/api/owner/auth/me', cookie: other })).status).toBe(401);
    expect((await ownerCall(me, { path: '/api/owner/auth/me', cookie: account.cookie })).status).toBe(200);
    expect((await attempt(account.email, account.password)).status).toBe(401);
    expect((await attempt(account.email, 'brand-new-password-1')).status).toBe(200);

    const audit = await ownerCall(getAudit, {
      path: `/api/owner/audit?actor=${account.id}&action=owner.password_*`,
      cookie: owner.cookie,
    });
    expect(audit.body.data.map((e: { action: string }) => e.action)).toEqual([
      'owner.password_change',
      'owner.password_change_failed',
    ]);
  });
});
