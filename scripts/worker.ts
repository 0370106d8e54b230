/**
 * `npm run worker`: the background job workers alone, for deployments that run them apart from the web
 * processes. `npm start` and `npm run dev` spawn this same script beside the web server (unless RUN_WORKERS=false).
 * Several worker processes may run at once: each job still runs once and each schedule fires once per period.
 */
import { env } from '../src/env';
import { startWorkerMetricsServer } from '../src/server/operations/health/worker-metrics-server';
import { startWorkers } from '../src/server/operations/jobs/run-workers';
import { ensureCluster, releaseResources } from './lib/cli';

async function main(): Promise<void> {
  env();
  await ensureCluster();
  const workers = await startWorkers();
  const metricsPort = Number(process.env.WORKER_METRICS_PORT);
  if (metricsPort > 0) startWorkerMetricsServer(metricsPort);
  console.log('SmartDMV job workers running.');
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // In-flight jobs get up to 30 s to finish; pg-boss retries whatever was cut short.
    await workers.stop().catch(() => {});
    await releaseResources();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(130));
  process.on('SIGTERM', () => void stop(143));
}

main().catch(async (error: unknown) => {
  console.error(
    `Error: the job workers could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  await releaseResources();
  process.exit(1);
});
