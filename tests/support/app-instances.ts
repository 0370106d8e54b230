import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

export type AppInstance = {
  port: number;
  /** fetch against this instance with the given Host (the clinic or owner host decides the tenant). */
  request: (
    host: string,
    pathname: string,
    init?: { method?: string; cookie?: string; body?: unknown },
  ) => Promise<{
    status: number;
    body: { data?: unknown; error?: { code: string } } | null;
    setCookie: string | null;
  }>;
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
    request: async (host, pathname, init = {}) => {
      const headers: Record<string, string> = { host, origin: `http://${host}` };
      if (init.cookie) headers.cookie = init.cookie;
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      // node's fetch refuses a Host header; http.request keeps it.
      const http = await import('node:http');
      return new Promise((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port, path: pathname, method: init.method ?? 'GET', headers },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString();
              const setCookie = res.headers['set-cookie']?.[0] ?? null;
              resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null, setCookie });
            });
          },
        );
        req.on('error', reject);
        req.end(init.body === undefined ? undefined : JSON.stringify(init.body));
      });
    },
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 200));
    },
  };
}
