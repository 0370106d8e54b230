import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { findFreePort } from '@/server/shared/free-port';
import os from 'node:os';
import path from 'node:path';

/**
 * The real Prometheus (Debian's `prometheus` package), installed with apt-get when missing (as root, or with
 * sudo), started with a scrape configuration of our own and a throw-away data folder.
 */
const BINARY = '/usr/bin/prometheus';

function ensurePrometheus(): string {
  if (fs.existsSync(BINARY)) return BINARY;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = (args: string[]) => {
    const [cmd, ...rest] = [...sudo, ...args];
    const result = spawnSync(cmd!, rest, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed (status ${result.status})`);
  };
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', 'prometheus']);
  return BINARY;
}

export type RunningPrometheus = { url: string; stop: () => Promise<void> };

export async function startPrometheus(config: string): Promise<RunningPrometheus> {
  const binary = ensurePrometheus();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smartdmv-prom-'));
  fs.writeFileSync(path.join(dir, 'prometheus.yml'), config);
  const port = await findFreePort();
  const child: ChildProcess = spawn(
    binary,
    [
      `--config.file=${path.join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`prometheus did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
