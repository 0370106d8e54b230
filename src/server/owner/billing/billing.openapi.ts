import { z } from 'zod';
import type { ApiOperation } from '@/server/shared/openapi/operation';
import { billingRunBody, billingRunResult } from './billing-run.schema';
import { exportQuery } from './export-csv';
import {
  invoiceDetailSchema,
  invoiceIdParams,
  invoiceSchema,
  listInvoicesQuery,
  paymentSchema,
  recordPaymentBody,
  voidInvoiceBody,
} from './invoice.schema';

const TAG = 'Owner: billing';

const summarySchema = z.object({
  currency: z.string(),
  mrrMinor: z.number().int(),
  arrMinor: z.number().int(),
  outstandingMinor: z.number().int(),
  overdueMinor: z.number().int(),
  churnedMrrThisMonthMinor: z.number().int(),
  activeSubscriptions: z.number().int(),
  months: z.array(
    z.object({ month: z.string(), invoicedMinor: z.number().int(), paidMinor: z.number().int() }),
  ),
});

/** Invoices, payments and the billing overview. SUPPORT reads; only OWNER records payments, voids or runs billing. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/owner/invoices',
    summary: 'Invoices, newest first; filter by status, clinic, period and search (number, clinic)',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    query: listInvoicesQuery,
    response: z.array(invoiceSchema),
    list: true,
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/owner/invoices/{id}',
    summary: 'One invoice with its lines, payments and balance',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    params: invoiceIdParams,
    response: invoiceDetailSchema,
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/owner/invoices/{id}/payments',
    summary: 'Payments recorded on an invoice',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    params: invoiceIdParams,
    response: z.array(paymentSchema),
    errors: [400, 401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/owner/invoices/{id}/payments',
    summary:
      'Record a payment (amount in minor units, method, reference, date). Partial payments leave a balance; more than the balance needs asCredit (else 400 OVERPAYMENT); void or paid invoices 409. Settling reactivates a clinic suspended for NON_PAYMENT.',
    tags: [TAG],
    auth: 'OWNER',
    params: invoiceIdParams,
    body: recordPaymentBody,
    response: invoiceDetailSchema,
    successStatus: 201,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/owner/invoices/{id}/void',
    summary: 'Void an unpaid invoice (409 INVOICE_PAID for a paid one); its number stays used',
    tags: [TAG],
    auth: 'OWNER',
    params: invoiceIdParams,
    body: voidInvoiceBody,
    response: invoiceDetailSchema,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/owner/invoices/{id}/resend',
    summary: "Mail an open invoice (PDF attached) to the clinic's billing e-mail again",
    tags: [TAG],
    auth: 'OWNER',
    params: invoiceIdParams,
    response: z.object({ mailId: z.uuid() }),
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/owner/invoices/{id}/pdf',
    summary: 'The invoice as a PDF (application/pdf)',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    params: invoiceIdParams,
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/owner/billing/summary',
    summary: 'MRR, ARR, outstanding and overdue amounts, churned MRR this month, invoiced and paid by month',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    response: summarySchema,
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/api/owner/billing/run',
    summary: 'Run the billing run and dunning now (the hourly jobs do it too; idempotent)',
    tags: [TAG],
    auth: 'OWNER',
    body: billingRunBody,
    response: billingRunResult,
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/owner/billing/export',
    summary: 'CSV of invoices (by issue date) or payments (by payment date) in a date range, for accounting',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    query: exportQuery,
    errors: [400, 401, 403],
  },
];
