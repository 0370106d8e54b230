import http from 'node:http';
import { logger } from '@/server/shared/logger';
import { metrics } from '@/server/shared/observability/metrics';
import { metricsTokenMatches } from './metrics-token';

/**
 * The worker process's own metrics (job durations, its pools, process figures) on `GET /metrics` at
 * WORKER_METRICS_PORT, for Prometheus to scrape beside the app instances. Requires the METRICS_TOKEN bearer when
 * that is set. Started by scripts/worker.ts only when the port is set.
 */
export function startWorkerMetricsServer(port: number): http.Server {
  const server = http.createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      const token = process.env.METRICS_TOKEN;
      if (token && !metricsTokenMatches(req.headers.authorization, token)) {
        res.writeHead(401, { 'content-type': 'text/plain' }).end('Send the metrics token.\n');
        return;
      }
      const registry = metrics().registry;
      res.writeHead(200, { 'content-type': registry.contentType }).end(await registry.metrics());
    })();
  });
  server.listen(port, () => logger.info('worker metrics listening', { port }));
  server.unref();
  return server;
}
