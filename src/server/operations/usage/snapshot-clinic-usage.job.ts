import { z } from 'zod';
import { ownerDb } from '@/server/owner/db/client';
import { snapshotTenantUsage } from '@/server/owner/usage/snapshot-tenant-usage';
import { defineJob } from '@/server/operations/jobs/define-job';

/** One clinic's daily usage snapshot into tenant_usage (queued by usage.snapshot-all). Idempotent per day. */
export const snapshotClinicUsageJob = defineJob({
  name: 'usage.snapshot',
  payload: z.object({ tenantId: z.uuid() }),
  tenant: {},
  expireInSeconds: 10 * 60,
  concurrency: 2,
  handler: async ({ tenantId }, { log }) => {
    const usage = await snapshotTenantUsage(ownerDb, { tenantId });
    log.info('usage snapshot taken', {
      measured: usage !== null,
      ...(usage ? { users: usage.users, patients: usage.patients, databaseBytes: usage.databaseBytes } : {}),
    });
    return usage ? { ...usage, collectedAt: usage.collectedAt.toISOString() } : { skipped: true };
  },
});
