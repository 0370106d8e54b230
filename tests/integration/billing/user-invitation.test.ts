import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { POST as reset } from '@/app/api/auth/reset-password/route';
import { POST as createUserRoute } from '@/app/api/users/route';
import { resetEnvForTests } from '@/env';
import { ownerDb } from '@/server/owner/db/client';
import { mailMessages } from '@/server/owner/db/schema';
import { stopJobQueue } from '@/server/operations/jobs/job-queue';
import { callRoute } from '@tests/support/http';
import { adminCaller, firstPracticeId } from '@tests/support/tenant-people-api';
import { createTestTenant, signIn } from '@tests/support/tenants';

// Mail "configured": no worker of this file sends it, so the invitation stays readable in mail_messages.
beforeAll(() => {
  process.env.SMTP_URL = 'smtp://127.0.0.1:1';
  resetEnvForTests();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  resetEnvForTests();
  await stopJobQueue();
});

describe('invitations', () => {
  it('mails an admin-created user a set-password link instead of showing a temporary password', async () => {
    const t = await createTestTenant('invite');
    const admin = await adminCaller(t);
    const email = `new-vet-${Date.now()}@staff.test`;
    const res = await admin.post(createUserRoute, '/api/users', {
      email,
      name: 'New Vet',
      role: 'VETERINARIAN',
      practiceIds: [await firstPracticeId(admin)],
    });
    expect(res.status).toBe(201);
    expect(res.body.data.invited).toBe(true);
    expect(res.body.data.temporaryPassword).toBeUndefined();
    const [mail] = await ownerDb
      .select()
      .from(mailMessages)
      .where(eq(mailMessages.recipient, email))
      .orderBy(desc(mailMessages.createdAt));
    expect(mail).toMatchObject({ template: 'user-invite', tenantId: t.tenant.id });
    const token = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
    expect(mail!.text).toContain(`${t.origin}/reset-password?token=`);
    const done = await callRoute(reset, {
      method: 'POST',
      url: `${t.origin}/api/auth/reset-password`,
      body: { token, password: 'my-own-vet-password' },
    });
    expect(done.status).toBe(200);
    await signIn(t.origin, email, 'my-own-vet-password');
  });
});
