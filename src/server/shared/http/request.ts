import type { z } from 'zod';
import { env } from '@/env';
import { AppError } from '../errors';
import { parseOrThrow } from '../validation';

const MAX_JSON_BYTES = 1024 * 1024;

/** Reads and validates a JSON body: 415 for another content type, 400 for malformed JSON or invalid fields. */
export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
  const type = req.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
  }
  const text = await req.text();
  if (text.length > MAX_JSON_BYTES)
    throw new AppError(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
  let body: unknown;
  try {
    body = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    throw new AppError(400, 'INVALID_JSON', 'The request body is not valid JSON.');
  }
  return parseOrThrow(schema, body);
}

/** Validates the query string; repeated keys become arrays. */
export function readQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  const params = new URL(req.url).searchParams;
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length > 1 ? values : values[0]!;
  }
  return parseOrThrow(schema, out);
}

/** Route params (already awaited) validated, e.g. `{ id: z.uuid() }`; an invalid id is a 404, not a 400. */
export function readParams<S extends z.ZodType>(params: unknown, schema: S): z.output<S> {
  const result = schema.safeParse(params);
  if (!result.success) throw new AppError(404, 'NOT_FOUND', 'Resource not found.');
  return result.data;
}

/**
 * The client address, for throttling and the audit log. X-Forwarded-For is only trusted with TRUST_PROXY (first
 * hop); without a proxy Next.js fills it from the socket unless the client sent one, so it is a hint only.
 */
export function clientIp(req: Pick<Request, 'headers'>): string {
  const forwarded = req.headers.get('x-forwarded-for');
  if (forwarded) {
    const hops = forwarded
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    const ip = env().TRUST_PROXY ? hops[0] : hops[hops.length - 1];
    if (ip) return ip.replace(/^::ffff:/, '');
  }
  return 'unknown';
}

export function isSecureRequest(req: Request): boolean {
  if (env().TRUST_PROXY && req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https')
    return true;
  return new URL(req.url).protocol === 'https:' || (env().NEXTAUTH_URL?.startsWith('https://') ?? false);
}

export function userAgent(req: Pick<Request, 'headers'>): string | null {
  return req.headers.get('user-agent')?.slice(0, 400) ?? null;
}
