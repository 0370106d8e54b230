import http from 'node:http';

/**
 * A small closed-loop HTTP load generator for the benchmarks: `clients` concurrent callers over keep-alive
 * connections, each sending its next request when the last answered. The Host header names the clinic (the app
 * takes the tenant from Host only), so every request goes to 127.0.0.1 whatever host it is for.
 */
export type Target = { host: string; path: string; cookie?: string; authorization?: string };
export type LoadResult = {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  statuses: Map<number, number>;
};

export type HostAnswer = { status: number; text: string; setCookie: string[] };

/**
 * One request to the app on 127.0.0.1:port for `target.host`, with a same-origin Origin header. node's fetch
 * refuses a Host header; http.request keeps it, and needs no resolver for *.localhost names. Also used by the
 * tests (tests/support/host-request.ts).
 */
export function requestWithHostHeader(
  port: number,
  target: Target,
  init: { method?: string; body?: unknown } = {},
  agent?: http.Agent,
): Promise<HostAnswer> {
  const headers: Record<string, string> = { host: target.host, origin: `http://${target.host}` };
  if (target.cookie) headers.cookie = target.cookie;
  if (target.authorization) headers.authorization = target.authorization;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: target.path, method: init.method ?? 'GET', headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString(),
            setCookie: res.headers['set-cookie'] ?? [],
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body === undefined ? undefined : JSON.stringify(init.body));
  });
}

export function httpClient(port: number, maxSockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const request = (target: Target, init: { method?: string; body?: unknown } = {}) =>
    requestWithHostHeader(port, target, init, agent);

  /** Sends `pick(i)` for i = 0, 1, … from `clients` callers for `seconds`; any status but 200 is an error. */
  async function load(seconds: number, clients: number, pick: (i: number) => Target): Promise<LoadResult> {
    const deadline = performance.now() + seconds * 1000;
    const statuses = new Map<number, number>();
    let requests = 0;
    let errors = 0;
    let counter = 0;
    const caller = async () => {
      while (performance.now() < deadline) {
        let status = 0;
        try {
          status = (await request(pick(counter++))).status;
        } catch {
          status = 0; // connection error
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status !== 200) errors++;
        requests++;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: clients }, caller));
    const elapsed = (performance.now() - started) / 1000;
    return { requests, errors, seconds: elapsed, rps: requests / elapsed, statuses };
  }

  return { request, load, close: () => agent.destroy() };
}
