import { z } from 'zod';
import { AppError } from '../errors';
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
  if (error instanceof AppError) {
    const headers = new Headers();
    const retry = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if ((error.status === 429 || error.status === 503) && retry) headers.set('Retry-After', String(retry));
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
