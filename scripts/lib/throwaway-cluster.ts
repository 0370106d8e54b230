import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resetEnvForTests } from '../../src/env';

/** Everything that could point a benchmark at a real cluster, owner account or backup folder. */
const CLEARED = [
  'OWNER_DATABASE_URL',
  'DATABASE_URL',
  'PGUSER',
  'PGPASSWORD',
  'PGHOST',
  'PGPORT',
  'OWNER_EMAIL',
  'OWNER_PASSWORD',
  'BACKUP_ROOT',
];

export type ThrowawayClusterOptions = {
  /** Names the temporary folder (`smartdmv-bench-<name>-…`), so a kept one says which benchmark left it. */
  name?: string;
  /** false keeps the caller's log level (a benchmark that measures request logging must log as production does). */
  quiet?: boolean;
  /** Set after the defaults, e.g. a bootstrap owner account or production logging. */
  env?: Record<string, string>;
};

/**
 * A private cluster: no OWNER_DATABASE_URL, so the embedded launcher runs one in a temporary DATA_DIR. Returns
 * that folder; the benchmark removes it unless asked to keep it.
 */
export function useThrowawayCluster(options: ThrowawayClusterOptions = {}): string {
  const prefix = options.name ? `smartdmv-bench-${options.name}-` : 'smartdmv-bench-';
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(root, 0o755); // as root, the postgres OS user must reach the cluster folder inside
  for (const name of CLEARED) delete process.env[name];
  Object.assign(process.env, {
    DATA_DIR: path.join(root, 'data'),
    STORAGE_ROOT: path.join(root, 'storage'),
    // Keeps the per-tenant info log lines out of the report; the cluster is a throwaway test environment.
    ...(options.quiet === false ? {} : { NODE_ENV: 'test' }),
    ...options.env,
  });
  resetEnvForTests();
  return root;
}
