import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, sql } from 'drizzle-orm';
import { GET as getInvoiceRoute } from '@/app/api/owner/invoices/[id]/route';
import { POST as payRoute } from '@/app/api/owner/invoices/[id]/payments/route';
import { POST as voidRoute } from '@/app/api/owner/invoices/[id]/void/route';
import { POST as suspendRoute } from '@/app/api/owner/tenants/[id]/suspend/route';
import { PUT as putSettings } from '@/app/api/owner/settings/route';
import { GET as suspendedPage } from '@/app/suspended/route';
import { ownerDb } from '@/server/owner/db/client';
import {
  invoices,
  mailMessages,
  ownerAuditLog,
  payments,
  tenants,
  tenantSubscriptions,
} from '@/server/owner/db/schema';
import { runBilling } from '@/server/owner/billing/run-billing';
import { runDunning } from '@/server/owner/billing/run-dunning';
import { updateBillingProfile } from '@/server/owner/billing/billing-profile';
import { stopJobQueue } from '@/server/operations/jobs/job-queue';
import { DAY_MS, setClock } from '@/server/shared/clock';
import { resolveTenantByHost } from '@/server/tenancy/routing/resolve-tenant';
import { createBillingPlan, tenantWithPeriod } from '@tests/support/billing';
import { callRoute } from '@tests/support/http';
import { createOwnerAccounts, ownerCall, type OwnerAccount } from '@tests/support/owner-auth';

let owner: OwnerAccount;
let support: OwnerAccount;

beforeAll(async () => {
  ({ owner, support } = await createOwnerAccounts('dunning'));
  // The defaults this file relies on (another file may have changed them; settings are global).
  const res = await ownerCall(putSettings, {
    method: 'PUT',
    path: '/api/owner/settings',
    cookie: owner.cookie,
    body: { billingGraceDays: 14, autoSuspendForNonPayment: true, paymentTermsDays: 14 },
  });
  expect(res.status).toBe(200);
});
afterEach(() => setClock(null));
afterAll(() => stopJobQueue());

async function issuedInvoice(priceMinor: number) {
  const plan = await createBillingPlan({ priceMinor });
  const t = await tenantWithPeriod(plan.code, { start: '2026-05-01T00:00:00Z', end: '2026-06-01T00:00:00Z' });
  await updateBillingProfile(ownerDb, t.tenant.id, {
    legalName: 'Happy Paws Ltd',
    billingEmail: `billing@${t.slug}.test`,
  });
  const issuedAt = new Date('2026-06-01T00:10:00Z');
  const run = await runBilling(ownerDb, { now: issuedAt, tenantIds: [t.tenant.id] });
  expect(run.invoicesIssued).toBe(1);
  return { t, invoiceId: run.invoiceIds[0]!, issuedAt };
}

function pay(invoiceId: string, body: unknown, cookie = owner.cookie) {
  return ownerCall(payRoute, {
    method: 'POST',
    path: `/api/owner/invoices/${invoiceId}/payments`,
    params: { id: invoiceId },
    cookie,
    body,
  });
}

describe('payments', () => {
  it('refuses bad payments with a clear 4xx and changes nothing', async () => {
    const { invoiceId } = await issuedInvoice(10_000);
    for (const [body, status, code] of [
      [{ amountMinor: 0, method: 'bank_transfer' }, 400, 'VALIDATION_ERROR'],
      [{ amountMinor: -500, method: 'bank_transfer' }, 400, 'VALIDATION_ERROR'],
      [{ amountMinor: 12.5, method: 'bank_transfer' }, 400, 'VALIDATION_ERROR'],
      [{ amountMinor: 500, method: 'bitcoin' }, 400, 'VALIDATION_ERROR'],
      [{ amountMinor: 10_001, method: 'bank_transfer' }, 400, 'OVERPAYMENT'],
    ] as const) {
      const res = await pay(invoiceId, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.code).toBe(code);
    }
    // SUPPORT may read billing but not record payments.
    expect((await pay(invoiceId, { amountMinor: 100, method: 'cash' }, support.cookie)).status).toBe(403);
    expect(await ownerDb.$count(payments, eq(payments.invoiceId, invoiceId))).toBe(0);

    const partial = await pay(invoiceId, { amountMinor: 4_000, method: 'bank_transfer', reference: 'TRX-1' });
    expect(partial.status).toBe(201);
    expect(partial.body.data).toMatchObject({ status: 'open', amountPaidMinor: 4_000, balanceMinor: 6_000 });
    const rest = await pay(invoiceId, {
      amountMinor: 6_500,
      method: 'card',
      externalReference: 'ch_123',
      asCredit: true,
    });
    expect(rest.status).toBe(201);
    expect(rest.body.data).toMatchObject({ status: 'paid', balanceMinor: 0 });
    expect(rest.body.data.payments[0]).toMatchObject({ isCredit: true, externalReference: 'ch_123' });

    // A paid invoice takes no more payments and cannot be voided.
    expect((await pay(invoiceId, { amountMinor: 1, method: 'cash' })).body.error.code).toBe(
      'INVOICE_ALREADY_PAID',
    );
    const voidPaid = await ownerCall(voidRoute, {
      method: 'POST',
      path: `/api/owner/invoices/${invoiceId}/void`,
      params: { id: invoiceId },
      cookie: owner.cookie,
    });
    expect(voidPaid.status).toBe(409);
    expect(voidPaid.body.error.code).toBe('INVOICE_PAID');
  });

  it('voids an unpaid invoice and then refuses payments on it', async () => {
    const { invoiceId } = await issuedInvoice(5_000);
    const voided = await ownerCall(voidRoute, {
      method: 'POST',
      path: `/api/owner/invoices/${invoiceId}/void`,
      params: { id: invoiceId },
      cookie: owner.cookie,
      body: { reason: 'Issued in error' },
    });
    expect(voided.status).toBe(200);
    expect(voided.body.data.status).toBe('void');
    const res = await pay(invoiceId, { amountMinor: 100, method: 'cash' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('INVOICE_VOID');
    const read = await ownerCall(getInvoiceRoute, {
      path: `/api/owner/invoices/${invoiceId}`,
      params: { id: invoiceId },
      cookie: support.cookie,
    });
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({ status: 'void', amountPaidMinor: 0 });
  });
});

describe('dunning on the controllable clock', () => {
  it('overdue → reminders at +3 and +7 → PAST_DUE → suspended after the grace days → paid → reactivated', async () => {
    const { t, invoiceId } = await issuedInvoice(7_500);
    const [invoice] = await ownerDb.select().from(invoices).where(eq(invoices.id, invoiceId));
    const due = invoice!.dueAt!.getTime();
    const scope = { tenantIds: [t.tenant.id] };
    const host = `${t.slug}.localhost`;
    const reminders = () =>
      ownerDb.$count(
        mailMessages,
        and(eq(mailMessages.tenantId, t.tenant.id), eq(mailMessages.template, 'invoice-reminder')),
      );
    const subscriptionStatus = async () =>
      (
        await ownerDb
          .select({ status: tenantSubscriptions.status })
          .from(tenantSubscriptions)
          .where(and(eq(tenantSubscriptions.tenantId, t.tenant.id), sql`ended_at is null`))
      )[0]!.status;

    // Not yet due: nothing happens.
    expect(await runDunning(ownerDb, { now: new Date(due - 1000), ...scope })).toEqual({
      reminders: 0,
      pastDue: 0,
      suspended: [],
    });

    // One day late: PAST_DUE, no reminder yet.
    await runDunning(ownerDb, { now: new Date(due + 1 * DAY_MS), ...scope });
    expect(await subscriptionStatus()).toBe('PAST_DUE');
    expect(await reminders()).toBe(0);

    // +3 days: the first reminder, once however often dunning runs.
    for (let i = 0; i < 3; i++)
      await runDunning(ownerDb, { now: new Date(due + 3 * DAY_MS + i * 3600_000), ...scope });
    expect(await reminders()).toBe(1);
    // +7 days: the second.
    await runDunning(ownerDb, { now: new Date(due + 7 * DAY_MS), ...scope });
    await runDunning(ownerDb, { now: new Date(due + 8 * DAY_MS), ...scope });
    expect(await reminders()).toBe(2);
    const [reminder] = await ownerDb
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.tenantId, t.tenant.id), eq(mailMessages.template, 'invoice-reminder')))
      .orderBy(desc(mailMessages.createdAt));
    expect(reminder).toMatchObject({ recipient: `billing@${t.slug}.test` });
    expect(reminder!.text).toContain(invoice!.number!);

    // +13 days: still within the grace period.
    expect((await runDunning(ownerDb, { now: new Date(due + 13 * DAY_MS), ...scope })).suspended).toEqual([]);
    // +14 days: suspended for NON_PAYMENT, audited.
    const at = new Date(due + 14 * DAY_MS);
    setClock(at);
    expect((await runDunning(ownerDb, { now: at, ...scope })).suspended).toEqual([t.tenant.id]);
    const [row] = await ownerDb.select().from(tenants).where(eq(tenants.id, t.tenant.id));
    expect(row).toMatchObject({ status: 'SUSPENDED', suspensionReason: 'NON_PAYMENT' });
    const [audit] = await ownerDb
      .select()
      .from(ownerAuditLog)
      .where(and(eq(ownerAuditLog.targetId, t.tenant.id), eq(ownerAuditLog.action, 'tenant.suspend')));
    expect(audit!.details).toMatchObject({ reason: 'NON_PAYMENT' });
    expect((await resolveTenantByHost(host))?.status).toBe('SUSPENDED');
    const page = await callRoute(suspendedPage, { url: `http://${host}:3000/suspended` });
    expect(page.status).toBe(403);
    expect(page.body).toContain('contact billing');

    // A partial payment leaves it suspended; the one that settles the balance brings it back within 2 s.
    expect((await pay(invoiceId, { amountMinor: 2_500, method: 'bank_transfer' })).status).toBe(201);
    expect((await ownerDb.select().from(tenants).where(eq(tenants.id, t.tenant.id)))[0]!.status).toBe(
      'SUSPENDED',
    );
    const settledAt = Date.now();
    expect((await pay(invoiceId, { amountMinor: 5_000, method: 'bank_transfer' })).body.data.status).toBe(
      'paid',
    );
    let status: string | undefined;
    while (Date.now() - settledAt < 2_000) {
      status = (await resolveTenantByHost(host))?.status;
      if (status === 'ACTIVE') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe('ACTIVE');
    expect(await subscriptionStatus()).toBe('ACTIVE');
  });

  it('keeps a clinic the operator suspended by hand suspended when its invoice is paid', async () => {
    const { t, invoiceId } = await issuedInvoice(3_000);
    const res = await ownerCall(suspendRoute, {
      method: 'POST',
      path: `/api/owner/tenants/${t.tenant.id}/suspend`,
      params: { id: t.tenant.id },
      cookie: owner.cookie,
    });
    expect(res.status).toBe(200);
    const [invoice] = await ownerDb.select().from(invoices).where(eq(invoices.id, invoiceId));
    await runDunning(ownerDb, {
      now: new Date(invoice!.dueAt!.getTime() + 20 * DAY_MS),
      tenantIds: [t.tenant.id],
    });
    expect((await pay(invoiceId, { amountMinor: 3_000, method: 'cash' })).body.data.status).toBe('paid');
    const [row] = await ownerDb.select().from(tenants).where(eq(tenants.id, t.tenant.id));
    expect(row).toMatchObject({ status: 'SUSPENDED', suspensionReason: 'OPERATOR' });
  });
});
