import type { ApiOperation } from '@/server/shared/openapi/operation';

/** The practices operations of the tenant API, for /api/openapi.json. */
export const operations: ApiOperation[] = [];
