import { afterAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { invoices } from '@/server/owner/db/schema';
import { runBilling } from '@/server/owner/billing/run-billing';
import { seedDemoBilling } from '@/server/owner/billing/seed-demo-billing';
import { stopJobQueue } from '@/server/operations/jobs/job-queue';
import { createBillingPlan } from '@tests/support/billing';
import { createTestTenant } from '@tests/support/tenants';

afterAll(() => stopJobQueue());

describe('demo billing history', () => {
  it('gives a clinic six monthly invoices, the last one open, once; the billing run then has nothing to do', async () => {
    const plan = await createBillingPlan({ priceMinor: 9900 });
    const t = await createTestTenant('demo-bill', plan.code);
    const at = new Date();
    const options = { tenantId: t.tenant.id, legalName: 'Demo Ltd', slug: t.slug, at };
    expect(await seedDemoBilling(ownerDb, options)).toBe(6);
    expect(await seedDemoBilling(ownerDb, options)).toBe(0);
    const rows = await ownerDb
      .select()
      .from(invoices)
      .where(eq(invoices.tenantId, t.tenant.id))
      .orderBy(asc(invoices.periodStart));
    expect(rows.map((r) => r.status)).toEqual(['paid', 'paid', 'paid', 'paid', 'paid', 'open']);
    expect(rows.every((r) => r.totalMinor === 9900 && r.billingProfile.legalName === 'Demo Ltd')).toBe(true);
    expect(rows.at(-1)!.dueAt!.getTime()).toBeGreaterThan(at.getTime());
    expect((await runBilling(ownerDb, { now: at, tenantIds: [t.tenant.id] })).invoicesIssued).toBe(0);
  });
});
