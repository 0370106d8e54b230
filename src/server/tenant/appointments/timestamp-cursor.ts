import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { AppError } from '@/server/shared/errors';
import { decodeCursor } from '@/server/shared/http/pagination';

// PostgreSQL's text form of a timestamptz (what the lists put in cursors), e.g. 2026-03-31 09:30:00.123456+02.
const PG_TIMESTAMPTZ = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The keyset condition for a list ordered by (timestamp column, id). The cursor is client-supplied, so its parts
 * are checked before they reach SQL: a forged cursor is a 400, never a cast error (500).
 */
export function afterTimestampCursor(
  raw: string | undefined,
  column: AnyPgColumn,
  idColumn: AnyPgColumn,
  direction: 'asc' | 'desc',
): SQL | undefined {
  const cursor = decodeCursor(raw);
  if (!cursor) return undefined;
  if (typeof cursor.k !== 'string' || !PG_TIMESTAMPTZ.test(cursor.k) || !UUID.test(cursor.id)) {
    throw new AppError(400, 'INVALID_CURSOR', 'The cursor is not valid; start again without it.');
  }
  const op = direction === 'asc' ? sql`>` : sql`<`;
  return sql`(${column}, ${idColumn}) ${op} (${cursor.k}::timestamptz, ${cursor.id}::uuid)`;
}
