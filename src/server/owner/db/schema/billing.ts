import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ownerUsers } from './users';
import { tenants } from './tenants';
import {
  INVOICE_STATUSES,
  type InvoiceStatus,
  PAYMENT_METHODS,
  type PaymentMethod,
  type InvoiceLineKind,
} from '@/lib/domain/owner/billing';
import { inList } from '@/server/shared/db/in-list';

/** Money is always integer minor units (cents); bigint in SQL, number in TypeScript (exact below 2^53). */
const minor = (name?: string) => (name ? bigint(name, { mode: 'number' }) : bigint({ mode: 'number' }));

export type BillingProfileSnapshot = {
  legalName: string | null;
  address: string | null;
  taxId: string | null;
  billingEmail: string | null;
};

/** What each clinic's admin keeps about who pays: copied into every invoice when it is issued. */
export const tenantBillingProfiles = pgTable('tenant_billing_profiles', {
  tenantId: uuid()
    .primaryKey()
    .references(() => tenants.id, { onDelete: 'cascade' }),
  legalName: text(),
  address: text(),
  taxId: text(),
  billingEmail: text(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row per numbering year. Issuing an invoice increments it in the same transaction (a row lock), so numbers
 * are gapless under concurrency: a rolled-back issue gives its number back.
 */
export const invoiceCounters = pgTable('invoice_counters', {
  year: integer().primaryKey(),
  lastNumber: integer().notNull().default(0),
});

export const invoices = pgTable(
  'invoices',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** e.g. INV-2026-000123; null while draft. */
    number: text(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'restrict' }),
    status: text().$type<InvoiceStatus>().notNull().default('draft'),
    currency: text().notNull(),
    /** The period the plan fee covers. */
    periodStart: timestamp({ withTimezone: true }).notNull(),
    periodEnd: timestamp({ withTimezone: true }).notNull(),
    /** Idempotency key of the billing run (`period:<tenant>:<period start>`): a rerun issues nothing twice. */
    billingKey: text(),
    billingProfile: jsonb().$type<BillingProfileSnapshot>().notNull(),
    subtotalMinor: minor().notNull().default(0),
    /** Tax rate in basis points (2000 = 20 %), as it was when issued. */
    taxRateBp: integer().notNull().default(0),
    taxMinor: minor().notNull().default(0),
    totalMinor: minor().notNull().default(0),
    amountPaidMinor: minor().notNull().default(0),
    issuedAt: timestamp({ withTimezone: true }),
    dueAt: timestamp({ withTimezone: true }),
    paidAt: timestamp({ withTimezone: true }),
    voidedAt: timestamp({ withTimezone: true }),
    /** Dunning: 0 none sent, 1 after the +3 days reminder, 2 after the +7 days one. */
    remindersSent: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('invoices_number_key').on(t.number),
    uniqueIndex('invoices_billing_key').on(t.billingKey),
    index('invoices_tenant_idx').on(t.tenantId, t.periodStart),
    index('invoices_status_idx').on(t.status, t.dueAt),
    check('invoices_status_check', inList(t.status, INVOICE_STATUSES)),
    check('invoices_paid_check', sql`${t.amountPaidMinor} >= 0`),
    check('invoices_number_check', sql`${t.status} = 'draft' or ${t.number} is not null`),
  ],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    id: uuid().primaryKey().defaultRandom(),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    kind: text().$type<InvoiceLineKind>().notNull(),
    description: text().notNull(),
    quantity: integer().notNull().default(1),
    unitMinor: minor().notNull(),
    /** Signed: credits (unused time on an old plan) are negative. */
    amountMinor: minor().notNull(),
  },
  (t) => [index('invoice_lines_invoice_idx').on(t.invoiceId, t.position)],
);

/**
 * A payment against one invoice. `method` + `externalReference` leave room for a card processor later (its
 * charge id goes in externalReference); `isCredit` marks an overpayment the operator accepted as credit.
 */
export const payments = pgTable(
  'payments',
  {
    id: uuid().primaryKey().defaultRandom(),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: 'restrict' }),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'restrict' }),
    amountMinor: minor().notNull(),
    currency: text().notNull(),
    method: text().$type<PaymentMethod>().notNull(),
    reference: text(),
    externalReference: text(),
    isCredit: boolean().notNull().default(false),
    paidAt: timestamp({ withTimezone: true }).notNull(),
    recordedBy: uuid().references(() => ownerUsers.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('payments_invoice_idx').on(t.invoiceId),
    index('payments_paid_at_idx').on(t.paidAt),
    check('payments_amount_check', sql`${t.amountMinor} > 0`),
    check('payments_method_check', inList(t.method, PAYMENT_METHODS)),
  ],
);

/**
 * Proration from plan changes, waiting for the clinic's next invoice (`invoiceId` is set when it is billed).
 * Signed minor units: the credit for unused time is negative, the charge for the new plan positive.
 */
export const billingAdjustments = pgTable(
  'billing_adjustments',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    description: text().notNull(),
    amountMinor: minor().notNull(),
    invoiceId: uuid().references(() => invoices.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('billing_adjustments_unbilled_idx')
      .on(t.tenantId)
      .where(sql`invoice_id is null`),
  ],
);

export type Invoice = typeof invoices.$inferSelect;
export type InvoiceLine = typeof invoiceLines.$inferSelect;
export type Payment = typeof payments.$inferSelect;
export type TenantBillingProfile = typeof tenantBillingProfiles.$inferSelect;
