import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { mailMessages } from '@/server/owner/db/schema';
import { sendMailJob } from '@/server/owner/mail/send-mail.job';
import { queueMail, useMailQueueForTests } from '@/server/owner/mail/queue-mail';
import { defineJob } from '@/server/operations/jobs/define-job';
import { uniqueSlug } from '@tests/support/factories';
import { startSmtpInbox, type SmtpInbox } from '@tests/support/smtp-inbox';
import { startWorkers } from '@/server/operations/jobs/run-workers';
import { createBillingPlan, tenantWithPeriod } from '@tests/support/billing';
import { runBilling } from '@/server/owner/billing/run-billing';
import { updateBillingProfile } from '@/server/owner/billing/billing-profile';
import { waitFor } from '@tests/support/wait-for';

let inbox: SmtpInbox;
let stopWorkers: () => Promise<void>;

// The real send job's handler, on a queue of this file's own (see useMailQueueForTests).
const sendHere = defineJob({ ...sendMailJob, name: `mail.send-${uniqueSlug('t')}` });

beforeAll(async () => {
  inbox = await startSmtpInbox('SmartDMV Billing <billing@smartdmv.test>');
  useMailQueueForTests(sendHere);
  ({ stop: stopWorkers } = await startWorkers([sendHere]));
});

afterAll(async () => {
  useMailQueueForTests(null);
  await stopWorkers?.();
  await inbox?.stop();
});

describe('outbound e-mail over SMTP', () => {
  it('delivers a queued mail through the send job, recorded as sent; the one-time link is not kept', async () => {
    const to = `someone-${Date.now()}@clinic.test`;
    const id = await queueMail(ownerDb, {
      to,
      template: 'password-reset',
      data: { name: 'Sam', place: 'Happy Paws', url: 'http://happy.localhost:3000/reset-password?token=abc' },
      tenant: {
        id: (
          await tenantWithPeriod((await createBillingPlan({ priceMinor: 1 })).code, {
            start: '2026-01-01T00:00:00Z',
            end: '2036-01-01T00:00:00Z',
          })
        ).tenant.id,
        name: 'Happy Paws',
        branding: { primaryColor: '#0f766e' },
      },
    });
    const mail = await waitFor(() => inbox.received.find((m) => m.to.includes(to)));
    expect(mail.raw).toContain('Subject: Reset your Happy Paws password');
    expect(mail.raw).toContain('From: SmartDMV Billing <billing@smartdmv.test>');
    expect(mail.raw).toMatch(/Content-Type: text\/plain/i);
    expect(mail.raw).toMatch(/Content-Type: text\/html/i);
    expect(mail.raw).toContain('#0f766e');
    const row = await waitFor(async () => {
      const [r] = await ownerDb.select().from(mailMessages).where(eq(mailMessages.id, id));
      return r?.status === 'sent' ? r : undefined;
    });
    expect(row.sentAt).not.toBeNull();
    expect(row.text).not.toContain('token=abc');
  });

  it('mails an issued invoice with its PDF to the billing e-mail', async () => {
    const plan = await createBillingPlan({ priceMinor: 4200 });
    const t = await tenantWithPeriod(plan.code, {
      start: '2026-02-01T00:00:00Z',
      end: '2026-03-01T00:00:00Z',
    });
    const to = `accounts@${t.slug}.test`;
    await updateBillingProfile(ownerDb, t.tenant.id, { billingEmail: to, legalName: 'Riverside Vets LLP' });
    const run = await runBilling(ownerDb, {
      now: new Date('2026-03-01T01:00:00Z'),
      tenantIds: [t.tenant.id],
    });
    expect(run.invoicesIssued).toBe(1);
    const mail = await waitFor(() => inbox.received.find((m) => m.to.includes(to)));
    expect(mail.raw).toMatch(/Subject: Invoice INV-2026-\d{6}/);
    expect(mail.raw).toMatch(/Content-Type: application\/pdf; name=INV-2026-\d{6}\.pdf/);
  });
});
