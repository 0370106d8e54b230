/**
 * The production HTTP server (started by `npm start`): Next.js behind a plain node:http server, so that the
 * forwarded-for headers the app reads are facts, not client claims.
 *
 * Next.js fills X-Forwarded-For/-Host/-Proto from the socket only when the client did not send them, so without
 * this a client could pick its own address (evading per-address sign-in throttling, forging the audit log).
 * Unless TRUST_PROXY is set (a reverse proxy of ours overwrites them), they are replaced here with the socket's.
 */
import http from 'node:http';
import nextServer from 'next';

const port = Number(process.env.PORT || 3000);
const trustProxy = ['true', '1', 'yes'].includes(String(process.env.TRUST_PROXY ?? '').toLowerCase());

const app = nextServer({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();

await app.prepare();

const server = http.createServer((req, res) => {
  if (!trustProxy) {
    req.headers['x-forwarded-for'] = (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
    delete req.headers['x-forwarded-host'];
    delete req.headers['x-forwarded-proto'];
    delete req.headers['x-forwarded-port'];
  }
  void handle(req, res);
});

server.listen(port, () => console.log(`▲ SmartDMV listening on http://localhost:${port}`));

function close() {
  server.close(() => process.exit(0));
  // Keep-alive sockets would hold close() open; the launcher waits at most 10 s anyway.
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGTERM', close);
process.on('SIGINT', close);

// Started with --expose-gc (npm run bench:scale does), SIGUSR2 runs a full collection, so a memory figure taken
// afterwards counts what the process keeps, not garbage the collector has not reached yet.
const collect = (globalThis as { gc?: () => void }).gc;
if (collect) process.on('SIGUSR2', () => collect());
