import { z } from 'zod';
import { defineJob } from '@/server/operations/jobs/define-job';
import { runHealthCheck } from './run-health-check';

/** Every 5 minutes: per-clinic and per-server health samples, alerts opened and resolved (see run-health-check). */
export const healthCheckJob = defineJob({
  name: 'health.check',
  payload: z.object({}),
  schedule: { cron: '*/5 * * * *' },
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  expireInSeconds: 4 * 60,
  handler: async (_payload, { log }) => {
    const summary = await runHealthCheck(log);
    log.info('health check done', summary);
    return summary;
  },
});
