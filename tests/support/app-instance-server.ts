/**
 * One app instance for the multi-instance test: a plain HTTP server in its own process that hands requests to the
 * real route handlers (the same modules Next serves), on the owner database from the environment. Started by
 * tests/support/app-instances.ts with `tsx`; prints "listening <port>" when ready.
 */
import http from 'node:http';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Route = { method: string; pattern: RegExp; load: () => Promise<Record<string, unknown>> };

const routes: Route[] = [
  { method: 'POST', pattern: /^\/api\/auth\/login$/, load: () => import('@/app/api/auth/login/route') },
  { method: 'GET', pattern: /^\/api\/practices$/, load: () => import('@/app/api/practices/route') },
  {
    method: 'POST',
    pattern: /^\/api\/owner\/auth\/login$/,
    load: () => import('@/app/api/owner/auth/login/route'),
  },
  {
    method: 'POST',
    pattern: /^\/api\/owner\/tenants\/(?<id>[^/]+)\/suspend$/,
    load: () => import('@/app/api/owner/tenants/[id]/suspend/route'),
  },
  {
    method: 'POST',
    pattern: /^\/api\/owner\/tenants\/(?<id>[^/]+)\/domains$/,
    load: () => import('@/app/api/owner/tenants/[id]/domains/route'),
  },
];

const server = http.createServer((req, res) => {
  void (async () => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const route = routes.find((r) => r.method === req.method && r.pattern.test(url.pathname));
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const request = new Request(url, {
      method: req.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    const handler = (await route.load())[route.method] as Handler;
    const params = route.pattern.exec(url.pathname)?.groups ?? {};
    const response = await handler(request, { params: Promise.resolve(params) });
    const out: Record<string, string> = {};
    response.headers.forEach((v, k) => (out[k] = v));
    res.writeHead(response.status, out).end(Buffer.from(await response.arrayBuffer()));
  })().catch((error: unknown) => {
    console.error(error);
    res.writeHead(500).end();
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
});
