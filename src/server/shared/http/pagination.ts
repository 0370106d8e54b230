import { z } from 'zod';
import { AppError } from '../errors';

/**
 * Keyset pagination: the cursor is an opaque base64url of the last row's sort key and id, so pages stay stable
 * while rows are added and no OFFSET scan is needed.
 */
export type Cursor = { k: string | number | null; id: string };

const CURSOR_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{1,18})$/i;

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    // Cursors come back from clients: a forged id must be a 400 here, not a cast error (500) in PostgreSQL.
    if (typeof parsed.id !== 'string' || !CURSOR_ID.test(parsed.id)) throw new Error('bad cursor');
    const k: unknown = parsed.k;
    if (k !== null && typeof k !== 'number' && (typeof k !== 'string' || k.length > 1000))
      throw new Error('bad cursor');
    return parsed;
  } catch {
    throw new AppError(400, 'INVALID_CURSOR', 'The cursor is not valid; start again without it.');
  }
}

export const paginationQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** The one shape every list function returns: a page of rows and the cursor for the next page (null at the end). */
export type Page<T> = { data: T[]; nextCursor: string | null };

/**
 * Given limit+1 fetched rows, returns the page and the cursor for the next one. The cursor's id is `row.id`, or
 * `id(row)` for joined rows (e.g. `{ prescription, patient }`), which are then paged as they are.
 */
export function paginate<T extends { id: string }>(
  rows: T[],
  limit: number,
  key: (row: T) => Cursor['k'],
): Page<T>;
export function paginate<T>(
  rows: T[],
  limit: number,
  key: (row: T) => Cursor['k'],
  id: (row: T) => string,
): Page<T>;
export function paginate<T>(
  rows: T[],
  limit: number,
  key: (row: T) => Cursor['k'],
  id: (row: T) => string = (row) => (row as { id: string }).id,
): Page<T> {
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor({ k: key(last), id: id(last) }) : null;
  return { data, nextCursor };
}
