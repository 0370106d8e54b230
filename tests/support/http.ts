/**
 * Calls a real route handler with a real Request (no server, no mocks): the handler runs its wrapper, talks to the
 * real PostgreSQL of the test run, and we read the real Response.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route types its own params
type RouteHandler = (req: Request, ctx: { params: Promise<any> }) => Promise<Response>;

export type CallOptions = {
  method?: string;
  /** Full URL: the host decides the tenant, e.g. http://clinic-a.localhost:3000/api/patients */
  url: string;
  body?: unknown;
  cookie?: string;
  headers?: Record<string, string>;
  params?: Record<string, string>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are untyped JSON read back in tests
export type CallResult<T = any> = { status: number; body: T; headers: Headers; setCookie: string | null };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function callRoute<T = any>(
  handler: RouteHandler,
  options: CallOptions,
): Promise<CallResult<T>> {
  const url = new URL(options.url);
  const headers = new Headers({ host: url.host, ...options.headers });
  if (options.cookie) headers.set('cookie', options.cookie);
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  const req = new Request(url, { method: options.method ?? 'GET', headers, body });
  const res = await handler(req, { params: Promise.resolve(options.params ?? {}) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // non-JSON body (files)
  }
  return {
    status: res.status,
    body: parsed as T,
    headers: res.headers,
    setCookie: res.headers.get('set-cookie'),
  };
}

/** `name=value` from a Set-Cookie header, ready to send back as a Cookie header. */
export function cookieFrom(setCookie: string | null): string {
  if (!setCookie) throw new Error('no Set-Cookie header in the response');
  return setCookie.split(';')[0]!;
}
