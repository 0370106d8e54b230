import type { z } from 'zod';
import { parseOrThrow } from '../validation';
import { readJson } from './request';

/** For actions whose body is optional (void, run): no body at all counts as `{}`; a body is read as JSON. */
export async function readJsonOrEmpty<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
  const length = req.headers.get('content-length');
  const hasType = Boolean(req.headers.get('content-type'));
  if (!hasType && (length === null || length === '0')) return parseOrThrow(schema, {});
  return readJson(req, schema);
}
