import { describeError } from './describe-error';

/**
 * A small structured logger. Keys that look like secrets are redacted before anything is written, so a
 * password or connection string passed by mistake never reaches the logs.
 */
const SECRET_KEY = /pass(word)?|secret|token|authorization|cookie|connectionString|dbPassword/i;
const URL_CREDENTIALS = /(postgres(?:ql)?:\/\/[^:/@\s]+:)[^@\s]+@/gi;

function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(URL_CREDENTIALS, '$1***@');
  // Errors are described, never dumped: a failed query's message carries its parameter values.
  if (value instanceof Error) return redact(describeError(value), depth + 1);
  if (!value || typeof value !== 'object' || depth > 4) return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? '***' : redact(v, depth + 1)]),
  );
}

type Level = 'debug' | 'info' | 'warn' | 'error';

function write(level: Level, message: string, fields?: Record<string, unknown>) {
  if (level === 'debug' && !process.env.DEBUG) return;
  if (process.env.NODE_ENV === 'test' && level !== 'error' && !process.env.DEBUG) return;
  const line = JSON.stringify({
    level,
    time: new Date().toISOString(),
    msg: redact(message),
    ...(redact(fields ?? {}) as object),
  });
  (level === 'error' || level === 'warn' ? console.error : console.log)(line);
}

export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => write('debug', message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
};
