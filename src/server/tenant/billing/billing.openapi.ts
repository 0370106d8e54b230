import { z } from 'zod';
import {
  billingProfileBody,
  billingProfileSchema,
  invoiceIdParams,
  invoiceSchema,
} from '@/server/tenancy/owner-gateway/clinic-billing';
import type { ApiOperation } from '@/server/shared/openapi/operation';

const TAG = 'Billing';

const summarySchema = z.object({
  subscription: z
    .object({
      planCode: z.string(),
      planName: z.string(),
      priceMinor: z.number().int(),
      currency: z.string(),
      interval: z.enum(['MONTH', 'YEAR']),
      status: z.enum(['TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELED']),
      currentPeriodStart: z.string(),
      currentPeriodEnd: z.string(),
      trialEndsAt: z.string().nullable(),
      trialDaysLeft: z.number().int().nullable(),
      cancelAtPeriodEnd: z.boolean(),
    })
    .nullable(),
  balanceDueMinor: z.number().int(),
  currency: z.string(),
  overdueInvoices: z.array(
    z.object({
      id: z.uuid(),
      number: z.string().nullable(),
      dueAt: z.string(),
      balanceMinor: z.number().int(),
    }),
  ),
});

/** The clinic's own billing: ADMIN only; another clinic's invoices are 404. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/billing/invoices',
    summary: "This clinic's invoices, newest first",
    tags: [TAG],
    auth: 'ADMIN',
    response: z.array(invoiceSchema),
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/billing/invoices/{id}/pdf',
    summary: 'One of this clinic’s invoices as a PDF (404 for any other)',
    tags: [TAG],
    auth: 'ADMIN',
    params: invoiceIdParams,
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/billing/profile',
    summary: 'Who invoices are made out to: legal name, address, tax id, billing e-mail',
    tags: [TAG],
    auth: 'ADMIN',
    response: billingProfileSchema,
    errors: [401, 403],
  },
  {
    method: 'put',
    path: '/api/billing/profile',
    summary: 'Edit the billing profile (fields left out keep their value; later invoices copy it)',
    tags: [TAG],
    auth: 'ADMIN',
    body: billingProfileBody,
    response: billingProfileSchema,
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/billing/summary',
    summary: 'Plan, current period, trial days left, balance due and overdue invoices',
    tags: [TAG],
    auth: 'ADMIN',
    response: summarySchema,
    errors: [401, 403],
  },
];
