import type { ApiOperation } from '@/server/shared/openapi/operation';

/** The auth operations of the tenant API, for /api/openapi.json. */
export const operations: ApiOperation[] = [];
