import pg from 'pg';

/** Admin-side look at the test cluster (what exists, who may connect), independent of the code under test. */
export function adminUrl(database: string): string {
  const url = new URL(process.env.OWNER_DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  database: string,
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: adminUrl(database) });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export async function databaseExists(name: string): Promise<boolean> {
  return (await adminQuery('postgres', 'select 1 from pg_database where datname = $1', [name])).length === 1;
}

export async function roleExists(name: string): Promise<boolean> {
  return (await adminQuery('postgres', 'select 1 from pg_roles where rolname = $1', [name])).length === 1;
}

/** Tries to log in and run one query; resolves to the PostgreSQL error code, or 'ok'. */
export async function tryConnect(config: pg.ClientConfig): Promise<string> {
  const client = new pg.Client({ ...config, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end().catch(() => {});
  }
}
