import { z } from 'zod';
import { AppError } from '../errors';
import {
  DEFAULT_RETRY_AFTER_SECONDS,
  isDatabaseUnavailable,
  serviceUnavailable,
} from '../database-unavailable';
import { describeError } from '../describe-error';
import { logger } from '../logger';
import { fieldErrors } from '../validation';

/** Success bodies are `{ "data": … }`; lists add `"nextCursor"`. */
export function ok<T>(data: T, init: ResponseInit = {}): Response {
  return Response.json({ data }, init);
}

export function created<T>(data: T): Response {
  return Response.json({ data }, { status: 201 });
}

export function page<T>(items: T[], nextCursor: string | null): Response {
  return Response.json({ data: items, nextCursor });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** The one place errors become HTTP: `{ "error": { "code", "message", "details"? } }`, never a stack trace. */
export function errorResponse(error: unknown): Response {
  if (!(error instanceof AppError) && isDatabaseUnavailable(error)) {
    // Logged without the error itself: a connection failure says nothing a parameter could leak, but ids only.
    logger.warn('database unavailable', { error: describeError(error) });
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
  logger.error('unhandled error', { error: describeError(error) });
  return Response.json(
    { error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side.' } },
    { status: 500 },
  );
}
