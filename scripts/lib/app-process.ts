import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './cli';
import { waitForOk } from './wait-for-ok';

/**
 * The production web server (scripts/serve.ts, as `npm start` runs it) in a child process, for benchmarks that
 * measure the app over HTTP. The caller has prepared the databases and the build (scripts/lib/build-stamp.ts).
 */
export type AppProcess = {
  port: number;
  pid: number;
  rssBytes: () => number;
  /** RSS after a full garbage collection: what the process keeps. */
  retainedRssBytes: () => Promise<number>;
  stop: () => Promise<void>;
};

export async function startAppProcess(
  port: number,
  options: { env?: Record<string, string>; cpuProfileDir?: string } = {},
): Promise<AppProcess> {
  // --cpu-prof writes a .cpuprofile into the folder when the process exits (open it in Chrome's DevTools).
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    ['--expose-gc', ...profile, '--import', 'tsx', path.join(repoRoot, 'scripts', 'serve.ts')],
    {
      cwd: repoRoot,
      // Its access log lines are the production cost of a request; they are written, not shown.
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ...options.env, NODE_ENV: 'production', PORT: String(port) },
    },
  );
  const alive = () => child.exitCode === null;
  if (!(await waitForOk(`http://127.0.0.1:${port}/api/health/live`, 60_000, alive)))
    throw new Error(
      alive()
        ? 'the app did not answer /api/health/live within 60 s'
        : `the app exited with code ${child.exitCode}`,
    );
  const rssBytes = () => {
    const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  };
  return {
    port,
    pid: child.pid!,
    rssBytes,
    retainedRssBytes: async () => {
      // scripts/serve.ts collects on SIGUSR2; two rounds, as V8 frees some memory only on the second.
      for (let i = 0; i < 2; i++) {
        child.kill('SIGUSR2');
        await new Promise((r) => setTimeout(r, 500));
      }
      return rssBytes();
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
