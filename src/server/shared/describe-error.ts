import { causeChain } from './cause-chain';

/**
 * What may be logged about an error: its kind, the SQL statement and where PostgreSQL says it failed, never the
 * values. Drizzle's "Failed query" message embeds every parameter (password hashes, SOAP text, client names) and
 * PostgreSQL's own message and `detail` quote values too ("Key (email)=(…) already exists"), so for a database
 * error only the statement text, SQLSTATE, constraint, table, column and data type are kept.
 */

type PgFields = {
  code?: unknown;
  severity?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  schema?: unknown;
  dataType?: unknown;
  routine?: unknown;
};

export type ErrorDescription = {
  name: string;
  message?: string;
  statement?: string;
  pgCode?: string;
  constraint?: string;
  table?: string;
  column?: string;
  dataType?: string;
  code?: string;
  cause?: ErrorDescription;
};

const MAX_STATEMENT = 2000;

const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

function isDatabaseError(error: object): boolean {
  // pg's DatabaseError carries a SQLSTATE and a severity; the name alone is not reliable across bundles.
  const { code, severity } = error as PgFields;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string';
}

/** drizzle's wrapper of a failed statement: its `query` text and the `params` that must never be logged. */
export function isFailedQuery(error: object): error is { query: string; params: unknown[] } {
  const { query, params } = error as { query?: unknown; params?: unknown };
  return typeof query === 'string' && Array.isArray(params);
}

function describeError(error: unknown, depth = 0): ErrorDescription | undefined {
  if (error === undefined || error === null) return undefined;
  if (typeof error !== 'object') return { name: typeof error };
  const e = error as Error & PgFields & { query?: string; cause?: unknown };
  const name = str(e.name) ?? 'Error';
  const cause = depth < 4 ? describeError(e.cause, depth + 1) : undefined;
  if (isFailedQuery(e)) {
    return { name, statement: e.query.slice(0, MAX_STATEMENT), ...(cause ? { cause } : {}) };
  }
  if (isDatabaseError(e)) {
    return {
      name,
      pgCode: e.code as string,
      constraint: str(e.constraint),
      table: str(e.table),
      column: str(e.column),
      dataType: str(e.dataType),
      ...(cause ? { cause } : {}),
    };
  }
  return {
    name,
    // A wrapper that copied a failed query's message would carry its values after "params:".
    message: str(e.message)
      ?.split(/\n?params:/)[0]
      ?.slice(0, 500),
    code: str(e.code),
    ...(cause ? { cause } : {}),
  };
}

/** One line for people (a tenant's lastError, a CLI): the message, or for a database error its code and constraint. */
export function errorSummary(error: unknown): string {
  const d = describeError(error);
  if (!d) return 'Unknown error';
  const database = (causeChain(d) as ErrorDescription[]).find((x) => x.pgCode);
  if (database)
    return `Database error ${database.pgCode}${database.constraint ? ` (${database.constraint})` : ''}${database.column ? ` on column ${database.column}` : ''}`;
  if (d.statement) return `A database query failed${d.cause?.message ? `: ${d.cause.message}` : ''}`;
  return d.message ?? d.name;
}
