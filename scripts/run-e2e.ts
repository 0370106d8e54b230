/**
 * `npm run test:e2e [-- <playwright args>]`: the browser tests against the whole app, started the way `npm start`
 * starts it, in a throwaway environment:
 * 1. a fresh temporary DATA_DIR (its own embedded PostgreSQL) and STORAGE_ROOT, fixed owner credentials, and its
 *    own build folder (.next-e2e) so it never collides with a dev server or another build;
 * 2. wait for /api/health; 3. `playwright test` with the extra arguments; 4. stop the app (which stops its
 *    database), remove the temporary folders and exit with Playwright's exit code.
 * Set E2E_KEEP_DATA=1 to keep the temporary folders for inspection, E2E_DEV=1 to run against `next dev` (no
 * production build; quicker while writing specs, slower per page).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPortFree } from '../src/server/shared/free-port';
import { waitForOk } from './lib/wait-for-ok';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT || 3200);
const HEALTH_TIMEOUT_MS = 15 * 60_000; // the first run builds the app
const STOP_TIMEOUT_MS = 30_000;

/** The variables this runner sets for the app (handed to the specs as E2E_APP_ENV). */
const E2E_APP_KEYS = new Set([
  'NODE_ENV',
  'DATA_DIR',
  'STORAGE_ROOT',
  'NEXT_DIST_DIR',
  'BASE_DOMAIN',
  'OWNER_EMAIL',
  'OWNER_PASSWORD',
  'OWNER_DATABASE_URL',
  'DATABASE_URL',
  'OWNER_HOST',
  'NEXTAUTH_URL',
  'TRUST_PROXY',
]);

/** Fixed test credentials, handed to the specs through the environment. */
const E2E_OWNER = { email: 'e2e-owner@smartdmv.test', password: 'e2e-owner-password-42' };

async function stop(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null || app.signalCode !== null) return;
  const exited = new Promise((resolve) => app.once('exit', resolve));
  // SIGTERM lets scripts/start.ts stop Next.js and the embedded PostgreSQL cleanly.
  app.kill('SIGTERM');
  const timer = setTimeout(() => app.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.once('error', () => resolve(1));
  });
}

async function main(): Promise<number> {
  if (!(await isPortFree(port))) {
    console.error(
      `Port ${port} is already in use. Stop what is listening there or run with PORT=<free port>.`,
    );
    return 1;
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'smartdmv-e2e-'));
  // When run as root, the embedded PostgreSQL runs as another OS user that must be able to enter this folder.
  fs.chmodSync(root, 0o755);
  const baseUrl = `http://localhost:${port}`;
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: process.env.E2E_DEV ? 'development' : 'production',
    PORT: String(port),
    DATA_DIR: path.join(root, 'data'),
    STORAGE_ROOT: path.join(root, 'storage'),
    NEXT_DIST_DIR: '.next-e2e',
    BASE_DOMAIN: 'localhost',
    OWNER_EMAIL: E2E_OWNER.email,
    OWNER_PASSWORD: E2E_OWNER.password,
    // Empty means unset (src/env.ts) and keeps a developer's .env from pointing the test app at a real database
    // or another host name.
    OWNER_DATABASE_URL: '',
    DATABASE_URL: '',
    OWNER_HOST: '',
    NEXTAUTH_URL: '',
    TRUST_PROXY: '',
  };

  // libpq variables would steer the embedded PostgreSQL's own tools (an empty PGPORT breaks initdb): drop them.
  for (const name of ['PGHOST', 'PGPORT', 'PGUSER', 'PGPASSWORD', 'PGDATABASE']) delete appEnv[name];

  console.log(`e2e: starting the app on ${baseUrl} (data in ${root}) …`);
  const app = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'scripts/start.ts',
      ...(process.env.E2E_DEV ? ['--dev'] : []),
    ],
    {
      cwd: repoRoot,
      stdio: 'inherit',
      env: appEnv,
    },
  );
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    void stop(app);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let code = 1;
  try {
    if (
      !(await waitForOk(
        `http://127.0.0.1:${port}/api/health`,
        HEALTH_TIMEOUT_MS,
        () => app.exitCode === null,
      ))
    ) {
      console.error(
        app.exitCode === null
          ? 'e2e: the app did not become healthy in time.'
          : `e2e: the app exited (code ${app.exitCode}).`,
      );
      return 1;
    }
    if (interrupted) return 130;
    console.log('e2e: app is healthy; running Playwright …');
    const playwrightCli = path.join(repoRoot, 'node_modules', '@playwright', 'test', 'cli.js');
    code = await run(process.execPath, [playwrightCli, 'test', ...process.argv.slice(2)], {
      ...process.env,
      E2E_BASE_URL: baseUrl,
      E2E_PORT: String(port),
      E2E_OWNER_EMAIL: E2E_OWNER.email,
      E2E_OWNER_PASSWORD: E2E_OWNER.password,
      // How the app was started, so a spec can start a second instance of it (tests/e2e/operations/two-instances).
      E2E_APP_ENV: JSON.stringify(
        Object.fromEntries(Object.entries(appEnv).filter(([k]) => E2E_APP_KEYS.has(k))),
      ),
    });
  } finally {
    console.log('e2e: stopping the app …');
    await stop(app);
    if (process.env.E2E_KEEP_DATA) console.log(`e2e: kept ${root}`);
    else fs.rmSync(root, { recursive: true, force: true });
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
