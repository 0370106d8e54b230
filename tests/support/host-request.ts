import http from 'node:http';

export type HostResponse = {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are untyped JSON read back in tests
  body: any;
  setCookie: string | null;
};

/**
 * One request to an app listening on 127.0.0.1:port, for the given Host (which decides the clinic or the owner
 * console) and with a same-origin Origin header. node's fetch refuses a Host header; http.request keeps it, and
 * needs no resolver for *.localhost names.
 */
export function requestWithHost(
  port: number,
  host: string,
  pathname: string,
  init: { method?: string; cookie?: string; body?: unknown } = {},
): Promise<HostResponse> {
  const headers: Record<string, string> = { host, origin: `http://${host}` };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: pathname, method: init.method ?? 'GET', headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let body: unknown = null;
          try {
            body = text ? JSON.parse(text) : null;
          } catch {
            body = text; // an HTML page
          }
          resolve({ status: res.statusCode ?? 0, body, setCookie: res.headers['set-cookie']?.[0] ?? null });
        });
      },
    );
    req.on('error', reject);
    req.end(init.body === undefined ? undefined : JSON.stringify(init.body));
  });
}

/** The `name=value` part of a Set-Cookie header, to send back as Cookie. */
export function cookieFrom(setCookie: string | null): string {
  if (!setCookie) throw new Error('no Set-Cookie in the response');
  return setCookie.split(';')[0]!;
}

/** Polls until `check` holds and returns how long it took; throws after `limitMs`. */
export async function within(limitMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
