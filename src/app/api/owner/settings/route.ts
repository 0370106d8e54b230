import { ownerRoute } from '@/server/owner/auth/owner-route';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { systemSettingsSchema, updateSettingsBody } from '@/server/owner/settings/settings.schema';
import { updateSystemSettings } from '@/server/owner/settings/update-settings';
import {
  forgetPlatformSettings,
  getPlatformSettings,
} from '@/server/tenancy/owner-gateway/platform-settings';

const TAG = 'Owner: settings';

// GET /api/owner/settings — OWNER, SUPPORT: the system settings, defaults filled in
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/settings',
    summary: 'The system settings',
    tags: [TAG],
    response: systemSettingsSchema,
  },
  async ({ db }) => readSystemSettings(db),
);

// PUT /api/owner/settings — OWNER: change any subset of the settings
export const PUT = ownerRoute(
  {
    method: 'put',
    path: '/api/owner/settings',
    summary: 'Change some or all system settings (keys left out keep their value)',
    tags: [TAG],
    body: updateSettingsBody,
    response: systemSettingsSchema,
  },
  async ({ db, body, user, meta }) => {
    const settings = await updateSystemSettings(db, { input: body, context: { actor: user, meta } });
    forgetPlatformSettings(); // clinic pages served by this process show the new banner at once
    await getPlatformSettings(); // and the copy the outage page falls back on is current
    return settings;
  },
);
