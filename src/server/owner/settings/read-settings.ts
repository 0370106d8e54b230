import { inArray } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { systemSettings } from '@/server/owner/db/schema';
import { logger } from '@/server/shared/logger';
import {
  SETTING_KEYS,
  SETTINGS_DEFAULTS,
  systemSettingsSchema,
  type SystemSettings,
} from './settings.schema';

/**
 * The current settings, defaults filled in. A stored value that no longer validates (an older format) falls back
 * to its default with a warning rather than breaking every page that reads settings.
 */
export async function readSystemSettings(db: Pick<OwnerDb, 'select'>): Promise<SystemSettings> {
  const rows = await db.select().from(systemSettings).where(inArray(systemSettings.key, SETTING_KEYS));
  const settings: Record<string, unknown> = { ...SETTINGS_DEFAULTS };
  for (const row of rows) {
    const key = row.key as keyof SystemSettings;
    const parsed = systemSettingsSchema.shape[key].safeParse(row.value);
    if (parsed.success) settings[key] = parsed.data;
    else logger.warn('ignoring an invalid stored setting', { key });
  }
  return settings as SystemSettings;
}
