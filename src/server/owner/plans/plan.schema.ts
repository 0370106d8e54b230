import { z } from 'zod';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';
import { text } from '@/server/shared/validation';
import { isPlanFeature, PLAN_FEATURE_KEYS } from '@/lib/plan-features';

const timestamp = z.iso.datetime({ offset: true });

/** Same rule as the subscription_plans_code_check constraint. */
export const planCodeSchema = text()
  .trim()
  .regex(
    /^[a-z][a-z0-9_-]{1,39}$/,
    'Use 2–40 lower-case letters, digits, hyphens or underscores, starting with a letter.',
  );

export const planCodeParams = z.object({ code: planCodeSchema });

const limit = z.number().int().min(0).nullable();

export const planLimitsSchema = z.object({
  maxUsers: limit.describe('null: unlimited'),
  maxPractices: limit.describe('null: unlimited'),
  maxPatients: limit.describe('null: unlimited'),
  maxStorageBytes: limit.describe('null: unlimited'),
});

const unitPrice = z.number().int('Use minor units (cents), a whole number.').min(0).max(10_000_000);

/** Price per unit above the limit, in minor units; a resource left out is never billed as overage. */
const overagePricesSchema = z
  .object({
    users: unitPrice.describe('Per user above maxUsers.'),
    practices: unitPrice.describe('Per practice above maxPractices.'),
    patients: unitPrice.describe('Per active patient above maxPatients.'),
    storageGb: unitPrice.describe('Per GB (started) above maxStorageBytes.'),
  })
  .partial()
  .strict();

const featureSchema = text()
  .trim()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'Features are lower-case words joined by hyphens, e.g. medical-imaging.')
  // A closed set: a flag the app does not check would promise clinics something nobody enforces.
  .refine(isPlanFeature, {
    error: (issue) =>
      `"${String(issue.input)}" is not a feature SmartDMV knows. Use: ${PLAN_FEATURE_KEYS.join(', ')}.`,
  });

export const planViewSchema = z.object({
  id: z.uuid(),
  code: text(),
  name: text(),
  description: text(),
  priceMinor: z.number().int().describe('Price in minor units (cents).'),
  currency: text(),
  interval: z.enum(['MONTH', 'YEAR']),
  limits: planLimitsSchema,
  features: z.array(text()),
  trialDays: z.number().int().describe('Free trial of a new subscription, in days (0: none).'),
  overagePrices: overagePricesSchema,
  isActive: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const createPlanBody = z.object({
  code: planCodeSchema,
  name: text().trim().min(1, 'Enter a name.').max(L.planName.max),
  description: text().trim().max(L.planDescription.max).default(''),
  priceMinor: z.number().int('Use minor units (cents), a whole number.').min(0).max(100_000_000),
  currency: text()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO currency code.')
    .default('USD'),
  interval: z.enum(['MONTH', 'YEAR']).default('MONTH'),
  limits: planLimitsSchema,
  features: z.array(featureSchema).max(50).default([]),
  trialDays: z.number().int().min(0).max(365).default(0),
  overagePrices: overagePricesSchema.default({}),
  isActive: z.boolean().default(true),
});

/** The code is the plan's identity (tenants and settings refer to it), so it cannot be changed. */
export const updatePlanBody = z
  .object({
    name: createPlanBody.shape.name,
    description: text().trim().max(L.planDescription.max),
    priceMinor: createPlanBody.shape.priceMinor,
    currency: text()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO currency code.'),
    interval: z.enum(['MONTH', 'YEAR']),
    limits: planLimitsSchema.partial(),
    features: z.array(featureSchema).max(50),
    trialDays: z.number().int().min(0).max(365),
    overagePrices: overagePricesSchema,
    isActive: z
      .boolean()
      .describe('Inactive plans stay on existing subscriptions but cannot be chosen for new ones.'),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field to change.');

export type CreatePlanBody = z.output<typeof createPlanBody>;
export type UpdatePlanBody = z.output<typeof updatePlanBody>;
