import { spawn } from 'node:child_process';
import type { AdminCredentials } from '../cluster/cluster';

/**
 * Streams one database into another: `pg_dump -Fc | pg_restore`, no temporary file, both as each server's admin
 * (passwords in the child's environment only, never on the command line). Ownership and grants are not copied:
 * the target gets the tenant role's rights afterwards, as on provisioning. Needs the PostgreSQL client tools
 * (Debian: postgresql-client-15) on PATH.
 */

export type CopyEndpoint = AdminCredentials & { database: string };

function pgEnv(endpoint: CopyEndpoint): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PGHOST: endpoint.host,
    PGPORT: String(endpoint.port),
    PGUSER: endpoint.user,
    PGPASSWORD: endpoint.password,
    PGDATABASE: endpoint.database,
    PGCONNECT_TIMEOUT: '10',
  };
}

export async function copyDatabase(
  source: CopyEndpoint,
  target: CopyEndpoint,
  onBytes?: (bytes: number) => void,
): Promise<{ bytes: number }> {
  const dump = spawn('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--compress=0'], {
    env: pgEnv(source),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const restore = spawn(
    'pg_restore',
    [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${target.database}`,
    ],
    { env: pgEnv(target), stdio: ['pipe', 'ignore', 'pipe'] },
  );
  let bytes = 0;
  const errors: string[] = [];
  const collect = (name: string) => (chunk: Buffer) => {
    if (errors.join('').length < 4_000) errors.push(`${name}: ${chunk.toString('utf8').trim()}`);
  };
  dump.stderr.on('data', collect('pg_dump'));
  restore.stderr.on('data', collect('pg_restore'));
  dump.stdout.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    onBytes?.(bytes);
  });
  dump.stdout.pipe(restore.stdin);
  restore.stdin.on('error', () => {}); // pg_restore exiting early reports through its exit code
  const exited = (child: typeof dump | typeof restore, name: string) =>
    new Promise<number>((resolve, reject) => {
      child.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          new Error(
            error.code === 'ENOENT'
              ? `${name} not found: install the PostgreSQL 15 client tools (apt-get install postgresql-client-15)`
              : `${name}: ${error.message}`,
          ),
        ),
      );
      child.once('close', (code) => resolve(code ?? 1));
    });
  const [dumpCode, restoreCode] = await Promise.all([exited(dump, 'pg_dump'), exited(restore, 'pg_restore')]);
  if (dumpCode !== 0 || restoreCode !== 0)
    throw new Error(`copying the database failed (${errors.join('; ').slice(0, 1_000) || 'no output'})`);
  return { bytes };
}
