import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { AppError } from '@/server/shared/errors';
import { decodeCursor } from '@/server/shared/http/pagination';
import { dateSchema, instantInRange, text } from '@/server/shared/validation';

/**
 * Keyset helpers over shared/http/pagination.ts. A cursor comes back from the client, so its parts are checked
 * before they reach SQL: a forged cursor is a 400 INVALID_CURSOR, never a cast error (500) in PostgreSQL.
 */

const invalid = () => new AppError(400, 'INVALID_CURSOR', 'The cursor is not valid; start again without it.');

/** Microsecond UTC timestamps as PostgreSQL prints them with `utcMicros`, so a JS Date never truncates a key. */
const MICROS_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}Z$/;

/** A real instant (no month 13, hour 25…) inside the API's date range: what PostgreSQL will cast without error. */
function isRealInstant(value: string): boolean {
  const m = MICROS_ISO.exec(value);
  if (!m) return false;
  const ms = Date.parse(`${value.slice(0, 23)}Z`);
  if (!instantInRange(ms)) return false;
  // Date.parse rolls some impossible values over; a real instant prints back as itself.
  return new Date(ms).toISOString().slice(0, 19) === value.slice(0, 19);
}

/**
 * The one cursor codec: each list names the shape of its sort key, and the key is checked for type AND range
 * before it reaches SQL. Anything else is 400 INVALID_CURSOR, never a cast error (500) in PostgreSQL.
 */
const keyShapes = {
  text: text().max(1000),
  time: z.string().refine(isRealInstant),
  date: dateSchema(),
  /** A positive int4 such as a record version (2^31 and beyond overflow the column's type). */
  int: z.int().min(0).max(2_147_483_647),
} as const;
export type CursorKeyShape = keyof typeof keyShapes;

const cursorSchemas = {
  text: z.object({ k: keyShapes.text, id: z.uuid() }),
  time: z.object({ k: keyShapes.time, id: z.uuid() }),
  date: z.object({ k: keyShapes.date, id: z.uuid() }),
  int: z.object({ k: keyShapes.int, id: z.uuid() }),
};
type DecodedCursor<S extends CursorKeyShape> = z.output<(typeof cursorSchemas)[S]>;

/** Decodes and validates a cursor for a list sorted by a key of `shape`; undefined when there is none. */
function decodeKeysetCursor<S extends CursorKeyShape>(
  raw: string | undefined,
  shape: S,
): DecodedCursor<S> | undefined {
  const cursor = decodeCursor(raw);
  if (!cursor) return undefined;
  const parsed = cursorSchemas[shape].safeParse(cursor);
  if (!parsed.success) throw invalid();
  return parsed.data as DecodedCursor<S>;
}

export function decodeTextCursor(raw: string | undefined): { k: string; id: string } | undefined {
  return decodeKeysetCursor(raw, 'text');
}

export function decodeTimeCursor(raw: string | undefined): { k: string; id: string } | undefined {
  return decodeKeysetCursor(raw, 'time');
}

export function decodeDateCursor(raw: string | undefined): { k: string; id: string } | undefined {
  return decodeKeysetCursor(raw, 'date');
}

export function decodeIntCursor(raw: string | undefined): { k: number; id: string } | undefined {
  return decodeKeysetCursor(raw, 'int');
}

/** A timestamptz rendered in UTC with all six fractional digits, for use as a cursor key. */
export function utcMicros(column: AnyPgColumn | SQL): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Rows after the cursor in ascending (key, id) order. */
export function afterText(key: AnyPgColumn, id: AnyPgColumn, cursor: { k: string; id: string }): SQL {
  return sql`(${key}, ${id}) > (${cursor.k}, ${cursor.id}::uuid)`;
}

/** Rows after the cursor in descending (time, id) order: newest first. */
export function beforeTime(
  key: AnyPgColumn | SQL,
  id: AnyPgColumn | SQL,
  cursor: { k: string; id: string },
): SQL {
  return sql`(${key}, ${id}) < (${cursor.k}::timestamptz, ${cursor.id}::uuid)`;
}

/** Rows after the cursor in ascending (time, id) order: oldest first. */
export function afterTime(
  key: AnyPgColumn | SQL,
  id: AnyPgColumn | SQL,
  cursor: { k: string; id: string },
): SQL {
  return sql`(${key}, ${id}) > (${cursor.k}::timestamptz, ${cursor.id}::uuid)`;
}

/** Rows after the cursor in ascending (date, id) order. */
export function afterDate(key: AnyPgColumn, id: AnyPgColumn, cursor: { k: string; id: string }): SQL {
  return sql`(${key}, ${id}) > (${cursor.k}::date, ${cursor.id}::uuid)`;
}
