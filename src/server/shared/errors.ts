import { findInCauseChain } from './cause-chain';

/**
 * The one error type the transport layer understands. Server functions throw it; route wrappers turn it into
 * `{ "error": { "code", "message", "details"? } }` with `status`. Anything else becomes a logged 500 without details.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string, details?: unknown) =>
  new AppError(400, 'BAD_REQUEST', message, details);
export const validationError = (details: unknown, message = 'The request is not valid.') =>
  new AppError(400, 'VALIDATION_ERROR', message, details);
export const unauthorized = (message = 'Sign in to continue.') => new AppError(401, 'UNAUTHORIZED', message);
export const forbidden = (message = 'You do not have permission to do this.') =>
  new AppError(403, 'FORBIDDEN', message);
export const notFound = (what = 'Resource') => new AppError(404, 'NOT_FOUND', `${what} not found.`);
export const conflict = (code: string, message: string, details?: unknown) =>
  new AppError(409, code, message, details);
export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError(429, 'TOO_MANY_REQUESTS', 'Too many attempts. Try again later.', { retryAfterSeconds });

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

type PgLikeError = { code?: string; constraint?: string; detail?: string };

/** PostgreSQL error codes the domain relies on (unique, exclusion and check violations, our SD409 locks). */
export function pgErrorCode(error: unknown): string | undefined {
  // drizzle wraps driver errors: the SQLSTATE sits on a cause.
  return findInCauseChain(error, (link) => {
    const code = (link as PgLikeError).code;
    return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
  });
}

export function pgConstraint(error: unknown): string | undefined {
  return findInCauseChain(error, (link) => (link as PgLikeError).constraint || undefined);
}

export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_EXCLUSION_VIOLATION = '23P01';
export const PG_LOCKED_BY_RULE = 'SD409';
