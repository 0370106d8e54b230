import type { ApiOperation } from '@/server/shared/openapi/operation';
import { systemSettingsSchema, updateSettingsBody } from './settings.schema';

const TAG = 'Owner: settings';

/** The system-settings operations of the owner API. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/owner/settings',
    summary: 'The system settings',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    response: systemSettingsSchema,
    errors: [401, 403],
  },
  {
    method: 'put',
    path: '/api/owner/settings',
    summary: 'Change some or all system settings (keys left out keep their value)',
    tags: [TAG],
    auth: 'OWNER',
    body: updateSettingsBody,
    response: systemSettingsSchema,
    errors: [400, 401, 403],
  },
];
