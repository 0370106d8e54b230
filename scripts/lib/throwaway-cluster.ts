import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resetEnvForTests } from '../../src/env';

/** A private cluster: no OWNER_DATABASE_URL, so the embedded launcher runs one in a temporary DATA_DIR. */
export function useThrowawayCluster(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'smartdmv-bench-'));
  fs.chmodSync(root, 0o755); // as root, the postgres OS user must reach the cluster folder inside
  for (const name of [
    'OWNER_DATABASE_URL',
    'DATABASE_URL',
    'PGUSER',
    'PGPASSWORD',
    'PGHOST',
    'PGPORT',
    'OWNER_EMAIL',
    'OWNER_PASSWORD',
  ]) {
    delete process.env[name];
  }
  Object.assign(process.env, {
    DATA_DIR: path.join(root, 'data'),
    STORAGE_ROOT: path.join(root, 'storage'),
    // Keeps the per-tenant info log lines out of the report; the cluster is a throwaway test environment.
    NODE_ENV: 'test',
  });
  resetEnvForTests();
  return root;
}
