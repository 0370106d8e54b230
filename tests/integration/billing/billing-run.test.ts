import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { and, asc, eq, sql } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import {
  billingAdjustments,
  invoiceLines,
  invoices,
  tenantSubscriptions,
  tenantUsage,
} from '@/server/owner/db/schema';
import { issueInvoice } from '@/server/owner/billing/issue-invoice';
import { lineOf } from '@/server/owner/billing/invoice-lines';
import { runBilling } from '@/server/owner/billing/run-billing';
import { changeSubscription } from '@/server/owner/subscriptions/change-subscription';
import { stopJobQueue } from '@/server/operations/jobs/job-queue';
import { setClock } from '@/server/shared/clock';
import { createBillingPlan, tenantWithPeriod } from '@tests/support/billing';
import { createOwnerAccount } from '@tests/support/owner-auth';

afterEach(() => setClock(null));
afterAll(() => stopJobQueue());

const GB = 1024 ** 3;

async function linesOf(invoiceId: string) {
  return ownerDb
    .select({
      kind: invoiceLines.kind,
      description: invoiceLines.description,
      amountMinor: invoiceLines.amountMinor,
      quantity: invoiceLines.quantity,
    })
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, invoiceId))
    .orderBy(asc(invoiceLines.position));
}

describe('billing run', () => {
  it('issues the plan fee for the coming period with overage of the period that ended, once', async () => {
    const plan = await createBillingPlan({
      priceMinor: 4900,
      limits: { maxUsers: 2, maxStorageBytes: 1 * GB },
      overagePrices: { users: 500, storageGb: 200 },
    });
    const t = await tenantWithPeriod(plan.code, {
      start: '2026-03-01T00:00:00Z',
      end: '2026-04-01T00:00:00Z',
    });
    await ownerDb.insert(tenantUsage).values([
      {
        tenantId: t.tenant.id,
        periodStart: '2026-03-10',
        periodEnd: '2026-03-10',
        users: 4,
        storageBytes: Math.round(2.5 * GB),
      },
      {
        tenantId: t.tenant.id,
        periodStart: '2026-03-20',
        periodEnd: '2026-03-20',
        users: 3,
        storageBytes: Math.round(1.2 * GB),
      },
      // Outside the period: ignored.
      {
        tenantId: t.tenant.id,
        periodStart: '2026-04-01',
        periodEnd: '2026-04-01',
        users: 50,
        storageBytes: 0,
      },
    ]);

    setClock('2026-03-31T23:00:00Z');
    expect(
      (await runBilling(ownerDb, { now: new Date('2026-03-31T23:00:00Z'), tenantIds: [t.tenant.id] }))
        .invoicesIssued,
    ).toBe(0);

    const at = new Date('2026-04-01T00:07:00Z');
    const first = await runBilling(ownerDb, { now: at, tenantIds: [t.tenant.id] });
    expect(first.invoicesIssued).toBe(1);
    const [invoice] = await ownerDb.select().from(invoices).where(eq(invoices.tenantId, t.tenant.id));
    expect(invoice).toMatchObject({
      status: 'open',
      currency: 'EUR',
      periodStart: new Date('2026-04-01T00:00:00Z'),
      periodEnd: new Date('2026-05-01T00:00:00Z'),
      subtotalMinor: 4900 + 2 * 500 + 2 * 200,
    });
    expect(invoice!.number).toMatch(/^INV-2026-\d{6}$/);
    expect(await linesOf(invoice!.id)).toEqual([
      {
        kind: 'plan',
        description: expect.stringContaining('2026-04-01 to 2026-05-01'),
        amountMinor: 4900,
        quantity: 1,
      },
      { kind: 'overage', description: 'Extra users above the plan (2)', amountMinor: 1000, quantity: 2 },
      { kind: 'overage', description: 'Extra storage above the plan (2 GB)', amountMinor: 400, quantity: 2 },
    ]);
    const [sub] = await ownerDb
      .select()
      .from(tenantSubscriptions)
      .where(and(eq(tenantSubscriptions.tenantId, t.tenant.id), sql`ended_at is null`));
    expect(sub!.currentPeriodStart).toEqual(new Date('2026-04-01T00:00:00Z'));
    expect(sub!.currentPeriodEnd).toEqual(new Date('2026-05-01T00:00:00Z'));

    // Running again — even concurrently — issues nothing twice.
    const again = await Promise.all([
      runBilling(ownerDb, { now: at, tenantIds: [t.tenant.id] }),
      runBilling(ownerDb, { now: at, tenantIds: [t.tenant.id] }),
    ]);
    expect(again.map((r) => r.invoicesIssued)).toEqual([0, 0]);
    expect(await ownerDb.$count(invoices, eq(invoices.tenantId, t.tenant.id))).toBe(1);
  });

  it('catches up several missed periods, one invoice each', async () => {
    const plan = await createBillingPlan({ priceMinor: 1000 });
    const t = await tenantWithPeriod(plan.code, {
      start: '2026-01-01T00:00:00Z',
      end: '2026-02-01T00:00:00Z',
    });
    const result = await runBilling(ownerDb, {
      now: new Date('2026-04-15T00:00:00Z'),
      tenantIds: [t.tenant.id],
    });
    expect(result.invoicesIssued).toBe(3);
    const rows = await ownerDb
      .select({ start: invoices.periodStart })
      .from(invoices)
      .where(eq(invoices.tenantId, t.tenant.id))
      .orderBy(asc(invoices.periodStart));
    expect(rows.map((r) => r.start.toISOString().slice(0, 10))).toEqual([
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
    ]);
  });

  it('bills an upgrade prorated to the day on the next invoice, and a downgrade at the period end', async () => {
    const owner = await createOwnerAccount('billing-run', 'OWNER');
    const context = { actor: owner, meta: { ipAddress: '127.0.0.1', userAgent: null } };
    const basic = await createBillingPlan({ priceMinor: 2900 });
    const pro = await createBillingPlan({ priceMinor: 9900 });
    const t = await tenantWithPeriod(basic.code, {
      start: '2026-03-01T00:00:00Z',
      end: '2026-04-01T00:00:00Z',
    });

    setClock('2026-03-16T10:00:00Z');
    const upgraded = await changeSubscription(ownerDb, {
      tenantId: t.tenant.id,
      input: { planCode: pro.code },
      context,
    });
    expect(upgraded.current).toMatchObject({ planCode: pro.code, pendingPlanCode: null });
    expect(upgraded.history).toHaveLength(2);
    const waiting = await ownerDb
      .select()
      .from(billingAdjustments)
      .where(eq(billingAdjustments.tenantId, t.tenant.id));
    expect(waiting.map((a) => a.amountMinor).sort((a, b) => a - b)).toEqual([-1497, 5110]);

    // A downgrade waits for the period's end.
    const scheduled = await changeSubscription(ownerDb, {
      tenantId: t.tenant.id,
      input: { planCode: basic.code },
      context,
    });
    expect(scheduled.current).toMatchObject({ planCode: pro.code, pendingPlanCode: basic.code });

    const result = await runBilling(ownerDb, {
      now: new Date('2026-04-01T01:00:00Z'),
      tenantIds: [t.tenant.id],
    });
    expect(result.invoicesIssued).toBe(1);
    const [invoice] = await ownerDb.select().from(invoices).where(eq(invoices.id, result.invoiceIds[0]!));
    const lines = await linesOf(invoice!.id);
    expect(lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ['plan', 2900],
      ['proration', -1497],
      ['proration', 5110],
    ]);
    expect(invoice!.subtotalMinor).toBe(2900 - 1497 + 5110);
    const current = await ownerDb
      .select()
      .from(tenantSubscriptions)
      .where(and(eq(tenantSubscriptions.tenantId, t.tenant.id), sql`ended_at is null`));
    expect(current[0]!.planId).toBe(basic.id);
  });

  it('gives 20 concurrent issues 20 consecutive numbers: no gaps, no duplicates', async () => {
    const plan = await createBillingPlan({ priceMinor: 100 });
    const t = await tenantWithPeriod(plan.code, {
      start: '2026-03-01T00:00:00Z',
      end: '2026-04-01T00:00:00Z',
    });
    // A year nobody else issues in, so the sequence is ours alone.
    const year = 2091;
    const before = await ownerDb.execute<{ n: number }>(
      sql`select coalesce((select last_number from invoice_counters where year = ${year}), 0) as n`,
    );
    const start = Number(before.rows[0]!.n);
    const issued = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ownerDb
          .transaction(async (tx) => {
            const invoice = await issueInvoice(tx, {
              tenantId: t.tenant.id,
              currency: 'EUR',
              periodStart: new Date('2091-01-01T00:00:00Z'),
              periodEnd: new Date('2091-02-01T00:00:00Z'),
              lines: [lineOf('adjustment', `Concurrent ${i}`, 100)],
              at: new Date('2091-01-01T00:00:00Z'),
            });
            // One in four rolls back after taking its number: the number must be given back.
            if (i % 4 === 3) throw new Error('rollback');
            return invoice.number;
          })
          .catch(() => null),
      ),
    );
    const numbers = issued.filter((n): n is string => n !== null).sort();
    expect(numbers).toHaveLength(15);
    expect(numbers).toEqual(
      Array.from({ length: 15 }, (_, i) => `INV-${year}-${String(start + i + 1).padStart(6, '0')}`),
    );
  });
});
