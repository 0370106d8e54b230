import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { POST as forgot } from '@/app/api/auth/forgot-password/route';
import { GET as me } from '@/app/api/auth/me/route';
import { POST as reset } from '@/app/api/auth/reset-password/route';
import { POST as ownerForgot } from '@/app/api/owner/auth/forgot-password/route';
import { GET as ownerMe } from '@/app/api/owner/auth/me/route';
import { POST as ownerReset } from '@/app/api/owner/auth/reset-password/route';
import { GET as outbox } from '@/app/api/owner/outbox/route';
import { ownerDb } from '@/server/owner/db/client';
import { mailMessages } from '@/server/owner/db/schema';
import { stopJobQueue } from '@/server/operations/jobs/job-queue';
import { advanceClock, setClock } from '@/server/shared/clock';
import { callRoute } from '@tests/support/http';
import { createOwnerAccount, ownerCall, ownerSignIn, uniqueIp } from '@tests/support/owner-auth';
import { createTestTenant, signIn } from '@tests/support/tenants';

afterEach(() => setClock(null));
afterAll(() => stopJobQueue());

async function latestMailTo(email: string) {
  const [mail] = await ownerDb
    .select()
    .from(mailMessages)
    .where(eq(mailMessages.recipient, email))
    .orderBy(desc(mailMessages.createdAt))
    .limit(1);
  return mail;
}

function tokenIn(text: string): string {
  const match = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error('no reset link in the mail');
  return match[1]!;
}

describe('clinic password reset', () => {
  it('mails a one-time link on the host it was asked on; using it revokes every session; reuse and expiry are 400', async () => {
    const a = await createTestTenant('reset');
    const b = await createTestTenant('reset');
    const session = await signIn(a.origin, a.admin.email, a.admin.password);
    const ip = uniqueIp();
    const ask = (origin: string, email: string) =>
      callRoute(forgot, {
        method: 'POST',
        url: `${origin}/api/auth/forgot-password`,
        body: { email },
        headers: { 'x-forwarded-for': ip },
      });

    const known = await ask(a.origin, a.admin.email);
    const unknown = await ask(a.origin, `nobody@${a.slug}.test`);
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual(known.body);
    expect(await latestMailTo(`nobody@${a.slug}.test`)).toBeUndefined();

    const mail = (await latestMailTo(a.admin.email))!;
    expect(mail).toMatchObject({ template: 'password-reset', tenantId: a.tenant.id });
    expect(mail.html).toContain(`${a.origin}/reset-password?token=`);
    expect(mail.text).toContain(`${a.origin}/reset-password?token=`);
    const token = tokenIn(mail.text);

    // The operator's Outbox shows it rendered.
    const owner = await createOwnerAccount('reset-outbox', 'SUPPORT');
    const box = await ownerCall(outbox, {
      path: `/api/owner/outbox?recipient=${a.admin.email}`,
      cookie: owner.cookie,
    });
    expect(box.status).toBe(200);
    expect(box.body.data[0]).toMatchObject({ id: mail.id, subject: mail.subject, tenantSlug: a.slug });
    expect(box.body.data[0].html).toContain('/reset-password?token=');

    // Valid only on its own clinic.
    const elsewhere = await callRoute(reset, {
      method: 'POST',
      url: `${b.origin}/api/auth/reset-password`,
      body: { token, password: 'a-brand-new-password' },
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.code).toBe('RESET_TOKEN_INVALID');

    const tooShort = await callRoute(reset, {
      method: 'POST',
      url: `${a.origin}/api/auth/reset-password`,
      body: { token, password: 'short' },
    });
    expect(tooShort.status).toBe(400);

    const done = await callRoute(reset, {
      method: 'POST',
      url: `${a.origin}/api/auth/reset-password`,
      body: { token, password: 'a-brand-new-password' },
    });
    expect(done.status).toBe(200);
    expect(done.body.data).toEqual({ reset: true, revokedSessions: 1 });
    expect((await callRoute(me, { url: `${a.origin}/api/auth/me`, cookie: session })).status).toBe(401);
    await signIn(a.origin, a.admin.email, 'a-brand-new-password');

    const reused = await callRoute(reset, {
      method: 'POST',
      url: `${a.origin}/api/auth/reset-password`,
      body: { token, password: 'yet-another-password' },
    });
    expect(reused.status).toBe(400);
    expect(reused.body.error.code).toBe('RESET_TOKEN_USED');

    // Expired after 30 minutes (the clock is set, nobody sleeps).
    setClock(new Date());
    await ask(a.origin, a.admin.email);
    const late = tokenIn((await latestMailTo(a.admin.email))!.text);
    advanceClock(31 * 60_000);
    const expired = await callRoute(reset, {
      method: 'POST',
      url: `${a.origin}/api/auth/reset-password`,
      body: { token: late, password: 'yet-another-password' },
    });
    expect(expired.status).toBe(400);
    expect(expired.body.error.code).toBe('RESET_TOKEN_EXPIRED');
  });

  it('throttles reset requests like sign-in', async () => {
    const a = await createTestTenant('reset');
    const ip = uniqueIp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (
          await callRoute(forgot, {
            method: 'POST',
            url: `${a.origin}/api/auth/forgot-password`,
            body: { email: a.admin.email },
            headers: { 'x-forwarded-for': ip },
          })
        ).status,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('owner password reset', () => {
  it('resets an operator password from the mailed link and ends every session', async () => {
    const account = await createOwnerAccount('reset', 'OWNER');
    const res = await ownerCall(ownerForgot, {
      method: 'POST',
      path: '/api/owner/auth/forgot-password',
      body: { email: account.email },
      headers: { 'x-forwarded-for': uniqueIp() },
    });
    expect(res.status).toBe(200);
    const unknown = await ownerCall(ownerForgot, {
      method: 'POST',
      path: '/api/owner/auth/forgot-password',
      body: { email: 'nobody-here@owner.test' },
      headers: { 'x-forwarded-for': uniqueIp() },
    });
    expect(unknown.body).toEqual(res.body);
    const mail = (await latestMailTo(account.email))!;
    expect(mail.tenantId).toBeNull();
    expect(mail.text).toContain('http://localhost:3000/owner/reset-password?token=');
    const token = tokenIn(mail.text);

    // The owner routes do not exist on a clinic host.
    const onClinic = await ownerCall(ownerReset, {
      method: 'POST',
      path: '/api/owner/auth/reset-password',
      origin: 'http://some-clinic.localhost:3000',
      body: { token, password: 'owner-new-password' },
    });
    expect(onClinic.status).toBe(404);

    const done = await ownerCall(ownerReset, {
      method: 'POST',
      path: '/api/owner/auth/reset-password',
      body: { token, password: 'owner-new-password' },
    });
    expect(done.status).toBe(200);
    expect(done.body.data.revokedSessions).toBeGreaterThanOrEqual(1);
    expect((await ownerCall(ownerMe, { path: '/api/owner/auth/me', cookie: account.cookie })).status).toBe(
      401,
    );
    await ownerSignIn(account.email, 'owner-new-password');
    const reused = await ownerCall(ownerReset, {
      method: 'POST',
      path: '/api/owner/auth/reset-password',
      body: { token, password: 'owner-other-password' },
    });
    expect(reused.status).toBe(400);
    expect(reused.body.error.code).toBe('RESET_TOKEN_USED');
  });
});
