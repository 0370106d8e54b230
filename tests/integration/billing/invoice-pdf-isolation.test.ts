import { afterAll, describe, expect, it } from 'vitest';
import { extractText } from 'unpdf';
import { GET as clinicInvoices } from '@/app/api/billing/invoices/route';
import { GET as clinicPdf } from '@/app/api/billing/invoices/[id]/pdf/route';
import { GET as getProfile, PUT as putProfile } from '@/app/api/billing/profile/route';
import { GET as clinicSummary } from '@/app/api/billing/summary/route';
import { GET as ownerPdf } from '@/app/api/owner/invoices/[id]/pdf/route';
import { GET as ownerInvoices } from '@/app/api/owner/invoices/route';
import { GET as exportCsv } from '@/app/api/owner/billing/export/route';
import { GET as summary } from '@/app/api/owner/billing/summary/route';
import { ownerDb } from '@/server/owner/db/client';
import { runBilling } from '@/server/owner/billing/run-billing';
import { stopJobQueue } from '@/server/operations/jobs/job-queue';
import { createBillingPlan, tenantWithPeriod } from '@tests/support/billing';
import { callRoute } from '@tests/support/http';
import { createOwnerAccount, ownerCall } from '@tests/support/owner-auth';
import { signIn } from '@tests/support/tenants';
import { adminCaller, createStaff, firstPracticeId } from '@tests/support/tenant-people-api';

afterAll(() => stopJobQueue());

async function pdfText(body: ArrayBuffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(body), { mergePages: true });
  return text;
}

async function fetchBytes(
  handler: Parameters<typeof callRoute>[0],
  url: string,
  cookie: string,
  params: Record<string, string>,
) {
  const req = new Request(url, { headers: { host: new URL(url).host, cookie } });
  const res = await handler(req, { params: Promise.resolve(params) });
  return { status: res.status, type: res.headers.get('content-type'), bytes: await res.arrayBuffer() };
}

describe('invoice PDF and clinic isolation', () => {
  it('renders the number, lines and total; the clinic admin downloads its own, another clinic gets 404', async () => {
    const plan = await createBillingPlan({ priceMinor: 12_345 });
    const a = await tenantWithPeriod(plan.code, {
      start: '2026-07-01T00:00:00Z',
      end: '2026-08-01T00:00:00Z',
    });
    const b = await tenantWithPeriod(plan.code, {
      start: '2026-07-01T00:00:00Z',
      end: '2026-08-01T00:00:00Z',
    });
    const adminA = await signIn(a.origin, a.admin.email, a.admin.password);
    const adminB = await signIn(b.origin, b.admin.email, b.admin.password);

    // The clinic admin edits the billing profile the invoice will carry.
    const bad = await callRoute(putProfile, {
      method: 'PUT',
      url: `${a.origin}/api/billing/profile`,
      cookie: adminA,
      body: { billingEmail: 'not-an-email' },
    });
    expect(bad.status).toBe(400);
    const saved = await callRoute(putProfile, {
      method: 'PUT',
      url: `${a.origin}/api/billing/profile`,
      cookie: adminA,
      body: {
        legalName: 'Happy Paws Veterinary Ltd',
        address: '1 High Street\nSpringfield',
        taxId: 'GB123456789',
        billingEmail: 'Accounts@Happy.test',
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.data.billingEmail).toBe('accounts@happy.test');
    expect(
      (await callRoute(getProfile, { url: `${a.origin}/api/billing/profile`, cookie: adminA })).body.data
        .taxId,
    ).toBe('GB123456789');

    const run = await runBilling(ownerDb, {
      now: new Date('2026-08-01T02:00:00Z'),
      tenantIds: [a.tenant.id, b.tenant.id],
      notify: false,
    });
    expect(run.invoicesIssued).toBe(2);

    const listA = await callRoute(clinicInvoices, {
      url: `${a.origin}/api/billing/invoices`,
      cookie: adminA,
    });
    expect(listA.status).toBe(200);
    expect(listA.body.data).toHaveLength(1);
    const invoice = listA.body.data[0];
    expect(invoice).toMatchObject({
      tenantId: a.tenant.id,
      totalMinor: 12_345,
      billingProfile: { legalName: 'Happy Paws Veterinary Ltd' },
    });

    const pdf = await fetchBytes(clinicPdf, `${a.origin}/api/billing/invoices/${invoice.id}/pdf`, adminA, {
      id: invoice.id,
    });
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const text = await pdfText(pdf.bytes);
    expect(text).toContain(invoice.number);
    expect(text).toContain(`${plan.name} plan, 2026-08-01 to 2026-09-01`);
    expect(text).toContain('123.45 EUR');
    expect(text).toContain('Happy Paws Veterinary Ltd');
    expect(text).toContain('GB123456789');
    expect(text).toMatch(/Total\s*123\.45 EUR/);

    // Clinic B's admin: A's invoice does not exist for them.
    const cross = await fetchBytes(clinicPdf, `${b.origin}/api/billing/invoices/${invoice.id}/pdf`, adminB, {
      id: invoice.id,
    });
    expect(cross.status).toBe(404);
    const listB = await callRoute(clinicInvoices, {
      url: `${b.origin}/api/billing/invoices`,
      cookie: adminB,
    });
    expect(listB.body.data.map((i: { id: string }) => i.id)).not.toContain(invoice.id);
    // A's session on B's host is no session at all.
    expect(
      (
        await fetchBytes(clinicPdf, `${b.origin}/api/billing/invoices/${invoice.id}/pdf`, adminA, {
          id: invoice.id,
        })
      ).status,
    ).toBe(401);

    // Non-admin staff may not see billing.
    const admin = await adminCaller(a);
    const vet = await createStaff(admin, 'VETERINARIAN', [await firstPracticeId(admin)]);
    expect((await vet.api.get(clinicInvoices, '/api/billing/invoices')).status).toBe(403);
    const vetPut = await callRoute(putProfile, {
      method: 'PUT',
      url: `${a.origin}/api/billing/profile`,
      cookie: vet.api.cookie,
      body: { legalName: 'Not allowed' },
    });
    expect(vetPut.status).toBe(403);

    const summaryA = await callRoute(clinicSummary, {
      url: `${a.origin}/api/billing/summary`,
      cookie: adminA,
    });
    expect(summaryA.body.data).toMatchObject({
      balanceDueMinor: 12_345,
      subscription: { planCode: plan.code },
    });

    // The operator (SUPPORT too) reads, downloads and exports.
    const support = await createOwnerAccount('pdf', 'SUPPORT');
    const ownerCopy = await fetchBytes(
      ownerPdf,
      `http://localhost:3000/api/owner/invoices/${invoice.id}/pdf`,
      support.cookie,
      { id: invoice.id },
    );
    expect(ownerCopy.status).toBe(200);
    expect(await pdfText(ownerCopy.bytes)).toContain(invoice.number);
    const found = await ownerCall(ownerInvoices, {
      path: `/api/owner/invoices?q=${invoice.number}`,
      cookie: support.cookie,
    });
    expect(found.body.data.map((i: { id: string }) => i.id)).toEqual([invoice.id]);
    const byTenant = await ownerCall(ownerInvoices, {
      path: `/api/owner/invoices?tenantId=${b.tenant.id}&status=open`,
      cookie: support.cookie,
    });
    expect(byTenant.body.data).toHaveLength(1);
    const csv = await ownerCall(exportCsv, {
      path: '/api/owner/billing/export?kind=invoices&from=2026-08-01&to=2026-08-01',
      cookie: support.cookie,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body).toContain(`${invoice.number},`);
    expect(csv.body).toContain('123.45');
    expect(
      (
        await ownerCall(exportCsv, {
          path: '/api/owner/billing/export?from=bad&to=2026-08-01',
          cookie: support.cookie,
        })
      ).status,
    ).toBe(400);
    const overview = await ownerCall(summary, { path: '/api/owner/billing/summary', cookie: support.cookie });
    expect(overview.status).toBe(200);
    expect(overview.body.data.months).toHaveLength(12);
    expect(overview.body.data.mrrMinor).toBeGreaterThanOrEqual(2 * 12_345);
  });
});
