import { relations, sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
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
  PLAN_INTERVALS,
  type PlanInterval,
  SUBSCRIPTION_STATUSES,
  type SubscriptionStatus,
  USAGE_GRANULARITIES,
  type UsageGranularity,
} from '@/lib/domain/owner/plans';
import { inList } from '@/server/shared/db/in-list';

export type PlanLimits = {
  maxUsers: number | null;
  maxPractices: number | null;
  maxPatients: number | null;
  maxStorageBytes: number | null;
};

/** Minor units per unit above the limit: per extra user, practice, patient, or GB of storage. */
export type OveragePrices = {
  users?: number;
  practices?: number;
  patients?: number;
  storageGb?: number;
};

export const subscriptionPlans = pgTable(
  'subscription_plans',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    priceMinor: integer().notNull(),
    currency: text().notNull().default('USD'),
    interval: text().$type<PlanInterval>().notNull().default('MONTH'),
    limits: jsonb().$type<PlanLimits>().notNull(),
    features: jsonb().$type<string[]>().notNull().default([]),
    /** Days of free trial a new subscription on this plan starts with (0: none). */
    trialDays: integer().notNull().default(0),
    /** Price per unit above the plan's limit, billed from the usage snapshots of the period that ended. */
    overagePrices: jsonb().$type<OveragePrices>().notNull().default({}),
    isActive: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('subscription_plans_code_key').on(t.code),
    check('subscription_plans_code_check', sql`${t.code} ~ '^[a-z][a-z0-9_-]{1,39}$'`),
    check('subscription_plans_price_check', sql`${t.priceMinor} >= 0`),
    check('subscription_plans_currency_check', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('subscription_plans_interval_check', inList(t.interval, PLAN_INTERVALS)),
    check('subscription_plans_trial_check', sql`${t.trialDays} between 0 and 365`),
  ],
);

/** One row per plan period; the current one has ended_at null. Changes close the old row, keeping history. */
export const tenantSubscriptions = pgTable(
  'tenant_subscriptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    planId: uuid()
      .notNull()
      .references(() => subscriptionPlans.id),
    status: text().$type<SubscriptionStatus>().notNull().default('ACTIVE'),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
    changedBy: uuid().references(() => ownerUsers.id, { onDelete: 'set null' }),
    /** The billing period in force; a plan change inside it carries the same period to the new row. */
    currentPeriodStart: timestamp({ withTimezone: true }).notNull().defaultNow(),
    currentPeriodEnd: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`now() + interval '1 month'`),
    trialEndsAt: timestamp({ withTimezone: true }),
    cancelAtPeriodEnd: boolean().notNull().default(false),
    /** A downgrade waiting for the period's end. */
    pendingPlanId: uuid().references(() => subscriptionPlans.id),
  },
  (t) => [
    uniqueIndex('tenant_subscriptions_current_key')
      .on(t.tenantId)
      .where(sql`ended_at is null`),
    index('tenant_subscriptions_tenant_idx').on(t.tenantId, t.startedAt),
    index('tenant_subscriptions_period_end_idx')
      .on(t.currentPeriodEnd)
      .where(sql`ended_at is null`),
    check('tenant_subscriptions_status_check', inList(t.status, SUBSCRIPTION_STATUSES)),
  ],
);

export const tenantUsage = pgTable(
  'tenant_usage',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /**
     * `month`: the month's row, overwritten by every measurement (what plans and the usage page compare);
     * `day`: the daily snapshot taken by the usage.snapshot job (one row per clinic per UTC day, the history).
     */
    granularity: text().$type<UsageGranularity>().notNull().default('month'),
    periodStart: date().notNull(),
    periodEnd: date().notNull(),
    users: integer().notNull().default(0),
    practices: integer().notNull().default(0),
    patients: integer().notNull().default(0),
    storageBytes: bigint({ mode: 'number' }).notNull().default(0),
    /** pg_database_size of the clinic's database; null on rows written before it was measured. */
    databaseBytes: bigint({ mode: 'number' }),
    collectedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tenant_usage_granularity_period_key').on(t.tenantId, t.granularity, t.periodStart),
    check('tenant_usage_period_check', sql`${t.periodEnd} >= ${t.periodStart}`),
    check('tenant_usage_granularity_check', inList(t.granularity, USAGE_GRANULARITIES)),
  ],
);

export const tenantSubscriptionsRelations = relations(tenantSubscriptions, ({ one }) => ({
  plan: one(subscriptionPlans, { fields: [tenantSubscriptions.planId], references: [subscriptionPlans.id] }),
  tenant: one(tenants, { fields: [tenantSubscriptions.tenantId], references: [tenants.id] }),
}));

export type SubscriptionPlan = typeof subscriptionPlans.$inferSelect;
export type TenantSubscription = typeof tenantSubscriptions.$inferSelect;
export type TenantUsage = typeof tenantUsage.$inferSelect;
