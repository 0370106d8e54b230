/**
 * What may never reach a log line: secrets (passwords, tokens, cookies, connection strings) and clinics' personal
 * or clinical data (names, e-mail addresses, phone numbers, notes). Two layers: pino's path redaction on the keys
 * below, and a scrub of every string for connection-string passwords, e-mail addresses and SQL parameter values
 * (drizzle's "params:" suffix, PostgreSQL's "Key (…)=(…)" and "Failing row contains (…)" details).
 */

import { isFailedQuery } from '../describe-error';

/** Keys whose values are replaced wherever they occur (matched case-insensitively, at any depth). */
const REDACTED_KEY =
  /^(pass(word)?|.*password.*|.*secret.*|.*token.*|authorization|.*cookie.*|connection_?string|.*database_?url|url|dsn|e-?mail|.*email|phone|mobile|address|notes?|name|first_?name|last_?name|client_?name|patient_?name|owner_?name|content|body|params|values|diagnos(is|es)|text)$/i;

/** pino redact paths for the same keys at the top two levels (the walk below covers deeper ones). */
const KEYS = [
  'password',
  'passwordHash',
  'token',
  'cookie',
  'authorization',
  'connectionString',
  'databaseUrl',
  'email',
  'phone',
  'name',
  'clientName',
  'patientName',
  'notes',
  'params',
];
export const REDACT_PATHS = [
  ...KEYS,
  ...KEYS.map((k) => `*.${k}`),
  'headers.cookie',
  'headers.authorization',
  'req.headers.cookie',
  'req.headers.authorization',
];

export const CENSOR = '[REDACTED]';

const URL_CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@\s]+@/gi;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// drizzle appends the values to the message; cut to the first stack frame (or the end).
const DRIZZLE_PARAMS = /\nparams: [\s\S]*?(?=\n\s+at |$)/g;
const PG_KEY_VALUES = /(\)=\().*(\))/g;
const PG_FAILING_ROW = /(Failing row contains \().*(\))/g;
const BEARER = /(bearer\s+)[A-Za-z0-9._~+/=-]+/gi;

export function scrubText(text: string): string {
  return text
    .replace(DRIZZLE_PARAMS, `\nparams: ${CENSOR}`)
    .replace(URL_CREDENTIALS, '$1***@')
    .replace(PG_KEY_VALUES, `$1${CENSOR}$2`)
    .replace(PG_FAILING_ROW, `$1${CENSOR}$2`)
    .replace(BEARER, `$1${CENSOR}`)
    .replace(EMAIL, CENSOR);
}

const PG_FIELDS = [
  'code',
  'detail',
  'hint',
  'constraint',
  'table',
  'column',
  'schema',
  'severity',
  'routine',
];

/** An error with its stack and cause chain, PostgreSQL's code and detail kept (scrubbed of values). */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return redactValue(error, depth + 1);
  const message = valueFreeMessage(error);
  const out: Record<string, unknown> = {
    type: error.name,
    message: scrubText(message),
    // The stack's first line repeats the message (with a failed query's parameters): keep only the frames.
    stack: error.stack ? scrubText([message, ...stackFrames(error.stack)].join('\n')) : undefined,
  };
  const record = error as unknown as Record<string, unknown>;
  for (const field of PG_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' || typeof value === 'number')
      out[field] = scrubText(field === 'detail' ? maskQuotedValues(String(value)) : String(value));
  }
  if (typeof record.status === 'number') out.status = record.status;
  if (error.cause !== undefined && depth < 6) out.cause = serializeError(error.cause, depth + 1);
  if (error instanceof AggregateError && depth < 6)
    out.errors = error.errors.slice(0, 5).map((e) => serializeError(e, depth + 1));
  return out;
}

/** A copy of a log field value with secrets and personal data removed. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value instanceof Error) return serializeError(value, depth);
  if (!value || typeof value !== 'object') return value;
  if (depth > 6) return '[Object]';
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value))
    out[key] = REDACTED_KEY.test(key) ? CENSOR : redactValue(v, depth + 1);
  return out;
}

/**
 * An error's message without the values it may quote: drizzle's "Failed query" message lists every parameter
 * (password hashes, SOAP text, client names), and PostgreSQL quotes the offending input after a colon.
 */
function valueFreeMessage(error: Error): string {
  if (isFailedQuery(error)) return `Failed query: ${error.query.slice(0, 2000)}`;
  return error.message.split(/\n?params:/)[0]!.replace(/:\s*".*"\s*$/s, ': "…"');
}

function stackFrames(stack: string): string[] {
  return stack.split('\n').filter((line) => /^\s+at /.test(line));
}

/** PostgreSQL's detail names the key and quotes its value: "Key (email)=(a@b.c) already exists." */
function maskQuotedValues(detail: string): string {
  return detail.replace(/=\(.*?\)(?=\s|\.|$)/g, '=(…)');
}
