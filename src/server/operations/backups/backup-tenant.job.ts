import { z } from 'zod';
import { BACKUP_KINDS } from '@/lib/domain/owner/backups';
import { ownerDb } from '@/server/owner/db/client';
import { defineJob } from '@/server/operations/jobs/define-job';
import { takeBackup } from './take-backup';

/** One clinic's backup as a job (for callers that queue work instead of waiting). Runs for inactive clinics too. */
export const backupTenantJob = defineJob({
  name: 'backups.tenant',
  payload: z.object({ tenantId: z.uuid(), kind: z.enum(BACKUP_KINDS).default('manual') }),
  tenant: { allowInactive: true },
  concurrency: 2,
  expireInSeconds: 6 * 3600,
  handler: async ({ tenantId, kind }, { log }) => {
    const backup = await takeBackup(ownerDb, { tenantId, kind });
    if (backup.status !== 'complete') throw new Error(backup.error ?? 'backup failed');
    log.info('backup done', { backupId: backup.id, bytes: backup.sizeBytes });
    return { backupId: backup.id, sizeBytes: backup.sizeBytes };
  },
});
