import { causeChain } from './cause-chain';
import { AppError } from './errors';

/**
 * Tells a database that cannot be reached (stopped, restarting, full, unreachable) apart from a query that failed.
 * Those are the caller's cue to come back later, so they become 503 SERVICE_UNAVAILABLE with Retry-After rather
 * than a 500: nothing about the request was wrong, and the pools reconnect by themselves when the server returns.
 */

/** Socket-level failures while connecting or mid-query. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
]);

/** PostgreSQL SQLSTATEs: admin/crash shutdown, cannot connect now, too many connections. Class 08 is handled below. */
const PG_UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

/** node-postgres and pg-pool report these without a code. */
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /connection terminated/i,
  /connection timeout/i,
  /client has encountered a connection error/i,
  /cannot use a pool after calling end/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

export const DEFAULT_RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  return unavailableWithin(error, 0);
}

function unavailableWithin(error: unknown, depth: number): boolean {
  return causeChain(error).some((link) => {
    if (!link || typeof link !== 'object') return false;
    const { code, message, errors } = link as { code?: unknown; message?: unknown; errors?: unknown };
    if (typeof code === 'string') {
      if (NETWORK_CODES.has(code) || PG_UNAVAILABLE_CODES.has(code)) return true;
      if (/^08[0-9A-Z]{3}$/.test(code)) return true;
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message)))
      return true;
    // net's AggregateError (IPv4 and IPv6 both refused) keeps the individual failures here.
    return depth < 2 && Array.isArray(errors) && errors.some((inner) => unavailableWithin(inner, depth + 1));
  });
}

export function serviceUnavailable(retryAfterSeconds = DEFAULT_RETRY_AFTER_SECONDS): AppError {
  return new AppError(
    503,
    'SERVICE_UNAVAILABLE',
    'The service cannot reach its database right now. Please try again in a few seconds.',
    { retryAfterSeconds },
  );
}
