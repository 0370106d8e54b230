import { z } from 'zod';
import { defineJob } from '@/server/operations/jobs/define-job';
import { runMove } from './move-tenant';

/**
 * Runs a move recorded by requestMove (POST /api/owner/tenants/:id/move). No retries: a failed move has already
 * put the clinic back on its source; the operator starts a new one. Progress is on the tenant_moves row.
 */
export const moveTenantJob = defineJob({
  name: 'tenant.move',
  payload: z.object({ tenantId: z.uuid(), moveId: z.uuid() }),
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  expireInSeconds: 60 * 60,
  concurrency: 2,
  tenant: { allowInactive: true },
  handler: async ({ moveId }, { log }) => {
    const result = await runMove(moveId, {
      onProgress: ({ step }) => log.info('move step', { moveId, step }),
    });
    log.info('move finished', { moveId, unavailableMs: result.unavailableMs, rows: result.rows });
    return { unavailableMs: result.unavailableMs, rows: result.rows };
  },
});
