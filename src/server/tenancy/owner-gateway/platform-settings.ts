import { ownerDb } from '@/server/owner/db/client';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import type { SystemSettings } from '@/server/owner/settings/settings.schema';
import { logger } from '@/server/shared/logger';
import { readSettingsCopy, saveSettingsCopy } from './platform-settings-copy';

/**
 * The operator's settings clinic pages show (maintenance banner, support e-mail) and the public sign-up page obeys.
 * Read through here, the one door from the data plane to the owner database; cached for a few seconds per process
 * so every clinic page does not query the owner database. A failed read serves the last value (or none) rather
 * than breaking clinic pages over a notice. Every read from the database also refreshes a copy on disk
 * (platform-settings-copy.ts), which the outage page falls back on when this process has read nothing yet.
 */
export type PlatformSettings = Pick<SystemSettings, 'supportEmail' | 'maintenanceBanner' | 'signupsOpen'> & {
  defaultPlanCode: string;
};

const TTL_MS = 5_000;
const GLOBAL_KEY = Symbol.for('smartdmv.platformSettings');
const holder = globalThis as unknown as {
  [GLOBAL_KEY]?: { value: PlatformSettings; expiresAt: number };
};

const NONE: PlatformSettings = {
  supportEmail: null,
  maintenanceBanner: null,
  signupsOpen: false,
  defaultPlanCode: '',
};

export async function getPlatformSettings(): Promise<PlatformSettings> {
  const cached = holder[GLOBAL_KEY];
  if (cached && cached.expiresAt > Date.now()) return cached.value;
  try {
    const settings = await readSystemSettings(ownerDb);
    const value: PlatformSettings = {
      supportEmail: settings.supportEmail,
      maintenanceBanner: settings.maintenanceBanner,
      signupsOpen: settings.signupsOpen,
      defaultPlanCode: settings.defaultPlanCode,
    };
    holder[GLOBAL_KEY] = { value, expiresAt: Date.now() + TTL_MS };
    await saveSettingsCopy(value);
    return value;
  } catch (error) {
    logger.warn('could not read platform settings', {
      error: error instanceof Error ? error.name : 'unknown',
    });
    return cached?.value ?? readSettingsCopy() ?? NONE;
  }
}

/**
 * Makes the next read go to the database (the owner's settings update calls this so its own process shows changes
 * at once). The value is kept as the last known one for lastKnownPlatformSettings.
 */
export function forgetPlatformSettings(): void {
  const cached = holder[GLOBAL_KEY];
  if (cached) cached.expiresAt = 0;
}

/**
 * What the outage page shows, read without touching the database (it is unreachable then): the last value this
 * process read, else the copy saved on disk by any process, else nothing.
 */
export function lastKnownPlatformSettings(): PlatformSettings | null {
  return holder[GLOBAL_KEY]?.value ?? readSettingsCopy();
}

/** Tests only: forget everything this process read, as a freshly started process would. */
export function resetPlatformSettingsForTests(): void {
  delete holder[GLOBAL_KEY];
}
