import { z } from 'zod';
import { ownerDb } from '@/server/owner/db/client';
import { defineJob } from '@/server/operations/jobs/define-job';
import { backupableTenants } from './backup-many';
import { latestGoodBackup, verifyBackup } from './verify-backup';

/**
 * Weekly (Sunday 04:00 UTC): restores each clinic's latest complete backup into a scratch database, compares every
 * table's row count with its manifest, drops it, and records the result on the backup ("last verified"). One clinic
 * at a time: a verification restores a whole database. Idempotent: a backup verified in the last six days is skipped.
 */
export const verifyBackupsJob = defineJob({
  name: 'backups.verify',
  payload: z.object({}),
  schedule: { cron: '0 4 * * 0' },
  retry: { limit: 1, delaySeconds: 600, backoff: false },
  expireInSeconds: 12 * 3600,
  handler: async (_payload, { log }) => {
    let verified = 0;
    let failed = 0;
    for (const tenant of await backupableTenants(ownerDb)) {
      const latest = await latestGoodBackup(ownerDb, tenant.id);
      if (!latest) continue;
      if (latest.verifiedAt && Date.now() - latest.verifiedAt.getTime() < 6 * 86_400_000) continue;
      const result = await verifyBackup(ownerDb, { tenantId: tenant.id, backupId: latest.id });
      if (result.verification?.ok) verified++;
      else {
        failed++;
        log.warn('backup verification failed', { tenantId: tenant.id, backupId: latest.id });
      }
    }
    return { verified, failed };
  },
});
