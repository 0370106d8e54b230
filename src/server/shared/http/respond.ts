import { z } from 'zod';
import { findInCauseChain } from '../cause-chain';
import { AppError } from '../errors';
import {
  DEFAULT_RETRY_AFTER_SECONDS,
  isDatabaseUnavailable,
  serviceUnavailable,
} from '../database-unavailable';
import { logger } from '../logger';
import { fieldErrors } from '../validation';

/** Success bodies are `{ "data": … }`; lists add `"nextCursor"`. */
export function ok<T>(data: T, init: ResponseInit = {}): Response {
  return Response.json({ data }, init);
}

export function page<T>(data: T[], nextCursor: string | null): Response {
  return Response.json({ data, nextCursor });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** The one place errors become HTTP: `{ "error": { "code", "message", "details"? } }`, never a stack trace. */
export function errorResponse(error: unknown): Response {
  // drizzle wraps whatever a query threw, so an AppError from below it (the connection budget's 503) is a cause.
  const wrapped = appErrorCause(error);
  if (wrapped) return errorResponse(wrapped);
  if (!(error instanceof AppError) && isDatabaseUnavailable(error)) {
    // The logger's error serialiser keeps the stack, code and cause chain and drops every value a query carried.
    logger.warn('database unavailable', { error });
    return errorResponse(serviceUnavailable());
  }
  if (error instanceof AppError) {
    const headers = new Headers();
    const retry = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if ((error.status === 429 || error.status === 503) && retry) headers.set('Retry-After', String(retry));
    else if (error.status === 503) headers.set('Retry-After', String(DEFAULT_RETRY_AFTER_SECONDS));
    return Response.json(
      {
        error: {
          code: error.code,
          message: error.message,
          ...(error.details === undefined ? {} : { details: error.details }),
        },
      },
      { status: error.status, headers },
    );
  }
  if (error instanceof z.ZodError) {
    return Response.json(
      {
        error: {
          code: 'VALIDATION_ERROR',
          message: 'The request is not valid.',
          details: { fields: fieldErrors(error) },
        },
      },
      { status: 400 },
    );
  }
  logger.error('unhandled error', { error });
  return Response.json(
    { error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side.' } },
    { status: 500 },
  );
}

function appErrorCause(error: unknown): AppError | undefined {
  if (error instanceof AppError) return undefined;
  return findInCauseChain(error, (link) => (link instanceof AppError ? link : undefined));
}
