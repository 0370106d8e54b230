import { z } from 'zod';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';
import { emailSchema, text } from '@/server/shared/validation';
import { planCodeSchema } from '@/server/owner/plans/plan.schema';
import { DEFAULT_PLAN_CODE } from '@/server/owner/plans/default-plans';
import { BACKUP_SETTINGS_DEFAULTS, backupSettingsShape } from './backup-settings.schema';

/**
 * The operator's system settings: a closed, typed set of keys (one system_settings row each). Unknown keys are
 * refused, so a typo never becomes a setting nobody reads.
 */
const optionalText = (max: number) =>
  text()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));

export const systemSettingsSchema = z.object({
  supportEmail: emailSchema.nullable().describe('Shown to clinics as the support contact.'),
  signupsOpen: z
    .boolean()
    .describe('Whether clinics may sign themselves up (otherwise only the owner creates tenants).'),
  defaultPlanCode: planCodeSchema.describe('Plan given to new tenants created without a planCode.'),
  maintenanceBanner: optionalText(L.maintenanceBanner.max).describe(
    'A notice shown on every tenant site; null for none.',
  ),
  ...backupSettingsShape,
  taxRatePercent: z
    .number()
    .min(0)
    .max(100)
    .describe('Tax (e.g. VAT) added to every invoice, in percent with up to two decimals.'),
  billingGraceDays: z
    .number()
    .int()
    .min(1)
    .max(365)
    .describe('Days past an invoice due date before the clinic is suspended for non-payment.'),
  autoSuspendForNonPayment: z
    .boolean()
    .describe('Suspend clinics automatically once an invoice is billingGraceDays overdue.'),
  paymentTermsDays: z.number().int().min(0).max(120).describe('Days from issue to due date.'),
  operatorName: optionalText(L.operatorName.max).describe('Operator legal name printed on invoices.'),
  operatorAddress: optionalText(L.operatorAddress.max).describe('Operator address printed on invoices.'),
  operatorTaxId: optionalText(L.operatorTaxId.max).describe('Operator tax id printed on invoices.'),
  billingEmail: emailSchema.nullable().describe('Contact for billing questions, shown to suspended clinics.'),
});

export type SystemSettings = z.output<typeof systemSettingsSchema>;
export type SystemSettingKey = keyof SystemSettings;

export const SETTING_KEYS = Object.keys(systemSettingsSchema.shape) as SystemSettingKey[];

export const SETTINGS_DEFAULTS: SystemSettings = {
  supportEmail: null,
  signupsOpen: false,
  defaultPlanCode: DEFAULT_PLAN_CODE,
  maintenanceBanner: null,
  ...BACKUP_SETTINGS_DEFAULTS,
  taxRatePercent: 0,
  billingGraceDays: 14,
  autoSuspendForNonPayment: true,
  paymentTermsDays: 14,
  operatorName: null,
  operatorAddress: null,
  operatorTaxId: null,
  billingEmail: null,
};

/** PUT body: any subset of the keys; keys left out keep their value. */
export const updateSettingsBody = systemSettingsSchema
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'Send at least one setting.');

export type UpdateSettingsBody = z.output<typeof updateSettingsBody>;
