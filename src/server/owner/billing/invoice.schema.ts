import { z } from 'zod';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';
import { INVOICE_STATUSES, PAYMENT_METHODS } from '@/lib/domain/owner/billing';

const timestamp = z.iso.datetime({ offset: true });

export const invoiceIdParams = z.object({ id: z.uuid('Unknown invoice.') });

export const recordPaymentBody = z
  .object({
    amountMinor: z
      .number()
      .int('Give the amount in minor units (cents), a whole number.')
      .positive('A payment must be more than zero.')
      .max(1_000_000_000_00),
    method: z.enum(PAYMENT_METHODS),
    reference: z.string().trim().max(L.paymentReference.max).optional(),
    externalReference: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe("The processor's id for this payment (e.g. a card charge id)."),
    paidAt: timestamp.optional().describe('Default: now.'),
    asCredit: z
      .boolean()
      .default(false)
      .describe('Accept an amount above the balance, keeping the excess as credit.'),
  })
  .strict();
export type RecordPaymentBody = z.output<typeof recordPaymentBody>;

export const voidInvoiceBody = z
  .object({ reason: z.string().trim().max(500).optional() })
  .strict()
  .default({});

export const listInvoicesQuery = z.object({
  status: z.enum(INVOICE_STATUSES).optional(),
  tenantId: z.uuid().optional(),
  /** Invoices whose period starts on or after / before these dates. */
  periodFrom: z.iso.date().optional(),
  periodTo: z.iso.date().optional(),
  q: z
    .string()
    .trim()
    .max(L.invoiceSearch.max)
    .optional()
    .describe('Invoice number or clinic name/slug, partial.'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListInvoicesQuery = z.output<typeof listInvoicesQuery>;

const profileSchema = z.object({
  legalName: z.string().nullable(),
  address: z.string().nullable(),
  taxId: z.string().nullable(),
  billingEmail: z.string().nullable(),
});

export const invoiceSchema = z.object({
  id: z.uuid(),
  number: z.string().nullable(),
  tenantId: z.uuid(),
  tenantSlug: z.string(),
  tenantName: z.string(),
  status: z.enum(INVOICE_STATUSES),
  currency: z.string(),
  periodStart: timestamp,
  periodEnd: timestamp,
  billingProfile: profileSchema,
  subtotalMinor: z.number().int(),
  taxRatePercent: z.number(),
  taxMinor: z.number().int(),
  totalMinor: z.number().int(),
  amountPaidMinor: z.number().int(),
  balanceMinor: z.number().int(),
  issuedAt: timestamp.nullable(),
  dueAt: timestamp.nullable(),
  paidAt: timestamp.nullable(),
  voidedAt: timestamp.nullable(),
});

export const paymentSchema = z.object({
  id: z.uuid(),
  amountMinor: z.number().int(),
  method: z.enum(PAYMENT_METHODS),
  reference: z.string().nullable(),
  externalReference: z.string().nullable(),
  isCredit: z.boolean(),
  paidAt: timestamp,
});

export const invoiceDetailSchema = invoiceSchema.extend({
  lines: z.array(
    z.object({
      kind: z.string(),
      description: z.string(),
      quantity: z.number().int(),
      unitMinor: z.number().int(),
      amountMinor: z.number().int(),
    }),
  ),
  payments: z.array(paymentSchema),
});

export const billingProfileBody = z
  .object({
    legalName: z.string().trim().max(200).nullable(),
    address: z.string().trim().max(500).nullable(),
    taxId: z.string().trim().max(100).nullable(),
    billingEmail: z.email('Enter a valid email address.').trim().toLowerCase().nullable(),
  })
  .partial()
  .strict();
export type BillingProfileBody = z.output<typeof billingProfileBody>;
export const billingProfileSchema = profileSchema;
