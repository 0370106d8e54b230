import { withOwner } from '@/server/owner/auth/with-owner';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { updateSettingsBody } from '@/server/owner/settings/settings.schema';
import { updateSystemSettings } from '@/server/owner/settings/update-settings';
import { readJson } from '@/server/shared/http/request';
import { forgetPlatformSettings } from '@/server/tenancy/owner-gateway/platform-settings';

// GET /api/owner/settings — OWNER, SUPPORT: the system settings, defaults filled in
export const GET = withOwner(async ({ db }) => readSystemSettings(db));

// PUT /api/owner/settings — OWNER: change any subset of the settings
export const PUT = withOwner(async ({ req, db, user, meta }) => {
  const input = await readJson(req, updateSettingsBody);
  const settings = await updateSystemSettings(db, { input, context: { actor: user, meta } });
  forgetPlatformSettings(); // clinic pages served by this process show the new banner at once
  return settings;
});
