import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { AppError } from '@/server/shared/errors';
import { decodeCursor } from '@/server/shared/http/pagination';

/**
 * Keyset helpers over shared/http/pagination.ts. A cursor comes back from the client, so its parts are checked
 * before they reach SQL: a forged cursor is a 400 INVALID_CURSOR, never a cast error (500) in PostgreSQL.
 */

const invalid = () => new AppError(400, 'INVALID_CURSOR', 'The cursor is not valid; start again without it.');

/** Microsecond UTC timestamps as PostgreSQL prints them with `utcMicros`, so a JS Date never truncates a key. */
const MICROS_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

const textCursor = z.object({ k: z.string().max(1000), id: z.uuid() });
const timeCursor = z.object({ k: z.string().regex(MICROS_ISO), id: z.uuid() });
const dateCursor = z.object({ k: z.iso.date(), id: z.uuid() });

export function decodeTextCursor(raw: string | undefined): { k: string; id: string } | undefined {
  const cursor = decodeCursor(raw);
  if (!cursor) return undefined;
  const parsed = textCursor.safeParse(cursor);
  if (!parsed.success) throw invalid();
  return parsed.data;
}

export function decodeTimeCursor(raw: string | undefined): { k: string; id: string } | undefined {
  const cursor = decodeCursor(raw);
  if (!cursor) return undefined;
  const parsed = timeCursor.safeParse(cursor);
  if (!parsed.success) throw invalid();
  return parsed.data;
}

export function decodeDateCursor(raw: string | undefined): { k: string; id: string } | undefined {
  const cursor = decodeCursor(raw);
  if (!cursor) return undefined;
  const parsed = dateCursor.safeParse(cursor);
  if (!parsed.success) throw invalid();
  return parsed.data;
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
