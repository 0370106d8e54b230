import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { PUT as putSettings } from '@/app/api/owner/settings/route';
import { GET as getSubscription } from '@/app/api/owner/tenants/[id]/subscription/route';
import { POST as signUp } from '@/app/api/signup/route';
import { POST as verify } from '@/app/api/signup/verify/route';
import { ownerDb } from '@/server/owner/db/client';
import { mailMessages, signupRequests, tenants } from '@/server/owner/db/schema';
import { sendMailJob } from '@/server/owner/mail/send-mail.job';
import { useMailQueueForTests } from '@/server/owner/mail/queue-mail';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import type { SystemSettings } from '@/server/owner/settings/settings.schema';
import { defineJob } from '@/server/operations/jobs/define-job';
import { startWorkers } from '@/server/operations/jobs/run-workers';
import { advanceClock, setClock } from '@/server/shared/clock';
import { hashToken } from '@/server/shared/tokens';
import { uniqueSlug } from '@tests/support/factories';
import { startSmtpInbox, type SmtpInbox } from '@tests/support/smtp-inbox';
import { callRoute } from '@tests/support/http';
import { createOwnerAccount, ownerCall, uniqueIp, type OwnerAccount } from '@tests/support/owner-auth';
import { createTestTenant, signIn } from '@tests/support/tenants';
import { waitFor } from '@tests/support/wait-for';

// Runs in the job-workers group (one file at a time): it switches the global signupsOpen setting on, and runs
// the real mail send job, on a queue of its own, against a real SMTP server.
let inbox: SmtpInbox;
let stopWorkers: () => Promise<void>;
let owner: OwnerAccount;
let original: SystemSettings;
const sendHere = defineJob({ ...sendMailJob, name: `mail.send-${uniqueSlug('signup')}` });

beforeAll(async () => {
  inbox = await startSmtpInbox('SmartDMV <hello@smartdmv.test>');
  useMailQueueForTests(sendHere);
  ({ stop: stopWorkers } = await startWorkers([sendHere]));
  owner = await createOwnerAccount('signup-verify', 'OWNER');
  original = await readSystemSettings(ownerDb);
  await settings({ signupsOpen: true });
});

afterAll(async () => {
  setClock(null);
  await settings(original);
  useMailQueueForTests(null);
  await stopWorkers?.();
  await inbox?.stop();
});

async function settings(body: Partial<SystemSettings>) {
  const res = await ownerCall(putSettings, {
    method: 'PUT',
    path: '/api/owner/settings',
    cookie: owner.cookie,
    body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

const APEX = 'localhost:3000';

function request(slug: string, email = `owner@${slug}.test`) {
  return callRoute(signUp, {
    method: 'POST',
    url: `http://${APEX}/api/signup`,
    body: {
      clinicName: `Verified Vets ${slug.slice(-4)}`,
      slug,
      name: 'Vera Verified',
      email,
      password: 'a-long-enough-password',
    },
    headers: { 'x-forwarded-for': uniqueIp() },
  });
}

function confirm(token: string, host = APEX) {
  return callRoute(verify, { method: 'POST', url: `http://${host}/api/signup/verify`, body: { token } });
}

/** The link from the mail as the SMTP server received it (quoted-printable soft breaks undone). */
async function mailedToken(email: string): Promise<string> {
  const mail = await waitFor(() => inbox.received.find((m) => m.to.includes(email)));
  const raw = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /http:\/\/localhost:3000\/signup\/verify\?token=([A-Za-z0-9_-]+)/.exec(raw);
  if (!match) throw new Error('no confirmation link in the mail');
  return match[1]!;
}

describe('self sign-up e-mail verification', () => {
  it('mails a link over SMTP; only following it creates the active clinic on the default plan, whose admin can sign in', async () => {
    const slug = uniqueSlug('verified');
    const email = `owner@${slug}.test`;
    const asked = await request(slug);
    expect(asked.status, JSON.stringify(asked.body)).toBe(202);
    expect(asked.body.data).toMatchObject({ status: 'PENDING_VERIFICATION', slug, email });

    const token = await mailedToken(email);
    const mail = inbox.received.find((m) => m.to.includes(email))!;
    expect(mail.raw).toMatch(/Subject: Confirm your e-mail to create Verified Vets/);
    // Stored hashed only, with the password as an argon2id hash; no clinic yet.
    const [row] = await ownerDb
      .select()
      .from(signupRequests)
      .where(eq(signupRequests.id, hashToken(token)));
    expect(row).toMatchObject({ slug, email, usedAt: null, tenantId: null });
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await ownerDb.select().from(tenants).where(eq(tenants.slug, slug))).toEqual([]);
    // Once delivered, the mail's body (holding the live link) is not kept in the Outbox.
    const sent = await waitFor(async () => {
      const [m] = await ownerDb.select().from(mailMessages).where(eq(mailMessages.recipient, email));
      return m?.status === 'sent' ? m : undefined;
    });
    expect(sent.text).not.toContain(token);

    // On a clinic host the route does not exist.
    const other = await createTestTenant('verifyhost');
    expect((await confirm(token, `${other.slug}.localhost:3000`)).status).toBe(404);

    const done = await confirm(token);
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    expect(done.body.data).toEqual({ slug, siteUrl: `http://${slug}.localhost:3000` });
    const [tenant] = await ownerDb.select().from(tenants).where(eq(tenants.slug, slug));
    expect(tenant?.status).toBe('ACTIVE');
    const sub = await ownerCall(getSubscription, {
      path: `/api/owner/tenants/${tenant!.id}/subscription`,
      params: { id: tenant!.id },
      cookie: owner.cookie,
    });
    expect(sub.body.data.current.planCode).toBe(original.defaultPlanCode);
    await expect(signIn(`http://${slug}.localhost:3000`, email, 'a-long-enough-password')).resolves.toMatch(
      /=/,
    );
    const [after] = await ownerDb
      .select()
      .from(signupRequests)
      .where(eq(signupRequests.id, hashToken(token)));
    expect(after).toMatchObject({ tenantId: tenant!.id, passwordHash: null });
    expect(after!.usedAt).not.toBeNull();

    // The link works once; a second use says where the clinic is.
    const again = await confirm(token);
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('SIGNUP_TOKEN_USED');
    expect(again.body.error.message).toContain(`http://${slug}.localhost:3000`);
  });

  it('refuses unknown and expired links with clear words, and creates nothing', async () => {
    const unknown = await confirm('not-a-token-anyone-was-sent');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({
      code: 'SIGNUP_TOKEN_INVALID',
      message: expect.stringMatching(/^This confirmation link is not valid\./),
    });
    const empty = await confirm('');
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.fields.token).toEqual(['Open the link from the e-mail.']);

    const slug = uniqueSlug('expired');
    expect((await request(slug)).status).toBe(202);
    const token = await mailedToken(`owner@${slug}.test`);
    advanceClock(24 * 3600_000 + 1000);
    const expired = await confirm(token);
    setClock(null);
    expect(expired.status).toBe(400);
    expect(expired.body.error).toMatchObject({ code: 'SIGNUP_TOKEN_EXPIRED' });
    expect(expired.body.error.message).toContain('Sign up again');
    expect(await ownerDb.select().from(tenants).where(eq(tenants.slug, slug))).toEqual([]);
  });

  it('creates the clinic once when the link is followed twice at the same time', async () => {
    const slug = uniqueSlug('twice');
    expect((await request(slug)).status).toBe(202);
    const token = await mailedToken(`owner@${slug}.test`);
    const results = await Promise.all([confirm(token), confirm(token), confirm(token)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 400, 400]);
    expect(await ownerDb.select().from(tenants).where(eq(tenants.slug, slug))).toHaveLength(1);
  });

  it('says so when another clinic took the address before the link was opened', async () => {
    const slug = uniqueSlug('race');
    const first = `first@${slug}.test`;
    const second = `second@${slug}.test`;
    expect((await request(slug, first)).status).toBe(202);
    expect((await request(slug, second)).status).toBe(202);
    const firstToken = await mailedToken(first);
    const secondToken = await mailedToken(second);
    expect((await confirm(secondToken)).status).toBe(201);
    const late = await confirm(firstToken);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('SLUG_TAKEN');
    expect(late.body.error.message).toContain('Sign up again with another address');
    const [row] = await ownerDb
      .select()
      .from(signupRequests)
      .where(eq(signupRequests.id, hashToken(firstToken)));
    expect(row!.passwordHash).toBeNull();
  });

  it('is a 404 while self sign-up is off, even for a link mailed before', async () => {
    const slug = uniqueSlug('closed');
    expect((await request(slug)).status).toBe(202);
    const token = await mailedToken(`owner@${slug}.test`);
    await settings({ signupsOpen: false });
    try {
      expect((await confirm(token)).status).toBe(404);
    } finally {
      await settings({ signupsOpen: true });
    }
    expect((await confirm(token)).status).toBe(201);
  });
});
