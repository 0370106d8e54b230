/**
 * `npm start` (and `npm run dev` with --dev): one command from a fresh clone to a running app.
 * 1. validate the environment; 2. with no OWNER_DATABASE_URL, start the embedded PostgreSQL 15 in DATA_DIR;
 * 3. run the idempotent set-up; 4. build if the sources changed since the last build (start only);
 * 5. serve with Next.js; stop everything cleanly on SIGINT/SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { env } from '../src/env';
import { setupControlPlane } from '../src/server/tenancy/setup';
import { ensureBuild } from './lib/build-stamp';
import { recordAppPort } from './lib/app-port';
import { ensureCluster, releaseResources, repoRoot } from './lib/cli';
import { onNpmLauncherExit } from './lib/launcher-watch';
import { printSetupReport } from './lib/print-setup-report';
import { waitForOk } from './lib/wait-for-ok';

const dev = process.argv.includes('--dev');
let child: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let stopping = false;

async function stopChild(proc: ChildProcess | undefined): Promise<void> {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  proc.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 35_000))]);
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // The worker may be finishing a job (it gets 30 s); the web server stops at once.
    await Promise.all([stopChild(child), stopChild(worker)]);
    await releaseResources();
  }
  process.exit(code);
}

async function main(): Promise<void> {
  let e;
  try {
    e = env();
  } catch {
    process.exit(1);
  }
  process.on('SIGINT', () => void shutdown(130));
  process.on('SIGTERM', () => void shutdown(143));
  onNpmLauncherExit(() => {
    console.log('npm exited: stopping.');
    void shutdown(143);
  });

  await ensureCluster(console.log);
  console.log('Preparing databases …');
  const report = await setupControlPlane((line) => console.log(`  ${line}`));
  printSetupReport(report);
  // The server process opens its own connections; ours are no longer needed.
  const nextBin = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
  const distDir = path.join(repoRoot, process.env.NEXT_DIST_DIR || '.next');

  if (!dev && !ensureBuild(repoRoot, distDir, console.log)) {
    console.error('The build failed; see the messages above.');
    await shutdown(1);
  }

  const port = e.PORT;
  // Production goes through scripts/serve.ts (forwarded headers from the socket); dev uses Next's own server.
  const args = dev
    ? [nextBin, 'dev', '--port', String(port)]
    : ['--import', 'tsx', path.join(repoRoot, 'scripts', 'serve.ts')];
  child = spawn(process.execPath, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: dev ? 'development' : 'production' },
  });
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`The Next.js server exited (code ${code}).`);
      void shutdown(code ?? 1);
    }
  });

  if (e.RUN_WORKERS) {
    worker = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'worker.ts')], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: dev ? 'development' : 'production' },
    });
    worker.on('exit', (code) => {
      if (!stopping) {
        console.error(`The job workers exited (code ${code}).`);
        void shutdown(code ?? 1);
      }
    });
  }

  if (await waitForOk(`http://127.0.0.1:${port}/api/health`, dev ? 120_000 : 60_000)) {
    recordAppPort(e.DATA_DIR, port);
    const base = `http://${e.BASE_DOMAIN}:${port}`;
    const ownerBase = e.OWNER_HOST ? `http://${e.OWNER_HOST}:${port}` : base;
    console.log(`\nSmartDMV is ready.`);
    console.log(`  Owner console:   ${ownerBase}/owner`);
    console.log(`  Default clinic:  ${base}/`);
    console.log(`  Other clinics:   http://<slug>.${e.BASE_DOMAIN}:${port}/`);
  } else if (!stopping) {
    console.error('The server did not become healthy in time.');
  }
}

main().catch(async (error: unknown) => {
  console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
