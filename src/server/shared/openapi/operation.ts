import type { z } from 'zod';
import type { RawResponse, SecurityScheme } from '@/server/shared/routes/route-descriptor';

/**
 * One documented API operation, as the document builder reads it. Route descriptors become one through
 * server/openapi/descriptor-operation.ts (auth text and error statuses derived); the owner `<domain>.openapi.ts`
 * lists not yet converted to descriptors still write them by hand.
 */
export type ApiOperation = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, e.g. `/api/patients/{id}`. */
  path: string;
  summary: string;
  tags: string[];
  /** Who may call it, e.g. 'public', 'signed-in', 'OWNER', 'ADMIN, VETERINARIAN'. */
  auth: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Schema of `data` in a 2xx body; omit for 204. */
  response?: z.ZodType;
  successStatus?: number;
  list?: boolean;
  errors?: number[];
  /** Set for multipart uploads. */
  multipart?: boolean;
  /** The JSON body may be left out. */
  optionalBody?: boolean;
  /** From a route descriptor: the accepted credentials (any one; empty = public). Lists derive it from `auth`. */
  security?: readonly SecurityScheme[];
  /** From a route descriptor: the error codes documented under each status. */
  errorCodes?: Record<number, string[]>;
  /** From a route descriptor: a success body that is not `{ data }` JSON. */
  raw?: RawResponse;
};
