import type { ApiOperation } from '@/server/shared/openapi/operation';

/** The patients operations of the tenant API, for /api/openapi.json. */
export const operations: ApiOperation[] = [];
