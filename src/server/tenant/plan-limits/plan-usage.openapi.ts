import type { ApiOperation } from '@/server/shared/openapi/operation';
import { planUsageSchema } from './plan-usage.schema';

/** The plan operation of the tenant API, for /api/openapi.json. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/plan',
    summary: "The clinic's plan and its usage against each limit (users, practices, patients, storage)",
    tags: ['Plan'],
    auth: 'ADMIN',
    response: planUsageSchema,
    errors: [401, 403],
  },
];
