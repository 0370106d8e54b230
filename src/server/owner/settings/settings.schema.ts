import { z } from 'zod';
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
  maintenanceBanner: optionalText(500).describe('A notice shown on every tenant site; null for none.'),
  ...backupSettingsShape,
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
};

/** PUT body: any subset of the keys; keys left out keep their value. */
export const updateSettingsBody = systemSettingsSchema
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'Send at least one setting.');

export type UpdateSettingsBody = z.output<typeof updateSettingsBody>;
