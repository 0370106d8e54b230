import { ownerDb } from '@/server/owner/db/client';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import type { SystemSettings } from '@/server/owner/settings/settings.schema';
import { logger } from '@/server/shared/logger';

/**
 * The operator's settings clinic pages show (maintenance banner, support e-mail) and the public sign-up page obeys.
 * Read through here, the one door from the data plane to the owner database; cached for a few seconds per process
 * so every clinic page does not query the owner database. A failed read serves the last value (or none) rather
 * than breaking clinic pages over a notice.
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
    return value;
  } catch (error) {
    logger.warn('could not read platform settings', {
      error: error instanceof Error ? error.name : 'unknown',
    });
    return cached?.value ?? NONE;
  }
}

/** Drops the cached copy (the owner's settings update calls this so its own process shows changes at once). */
export function forgetPlatformSettings(): void {
  delete holder[GLOBAL_KEY];
}
