import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { requestWithHost, type HostResponse } from './host-request';

const root = path.resolve(import.meta.dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

export type AppInstance = {
  port: number;
  /** fetch against this instance with the given Host (the clinic or owner host decides the tenant). */
  request: (
    host: string,
    pathname: string,
    init?: { method?: string; cookie?: string; body?: unknown },
  ) => Promise<HostResponse>;
  stop: () => Promise<void>;
};

/** Starts one app instance (tests/support/app-instance-server.ts) in its own process, on the test's owner DB. */
export async function startAppInstance(): Promise<AppInstance> {
  const child: ChildProcess = spawn(tsx, [path.join(root, 'tests/support/app-instance-server.ts')], {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('app instance did not start')), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`app instance exited with ${code}`)));
  });
  return {
    port,
    request: (host, pathname, init) => requestWithHost(port, host, pathname, init),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 200));
    },
  };
}
