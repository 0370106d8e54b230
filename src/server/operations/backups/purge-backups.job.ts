import { z } from 'zod';
import { ownerDb } from '@/server/owner/db/client';
import { defineJob } from '@/server/operations/jobs/define-job';
import { purgeExpiredBackupData } from './purge-backups';

/** Daily (03:30 UTC): drops replaced databases/files and deleted clinics' final backups past their keep-until. */
export const purgeBackupsJob = defineJob({
  name: 'backups.purge',
  payload: z.object({}),
  schedule: { cron: '30 3 * * *' },
  handler: async () => purgeExpiredBackupData(ownerDb),
});
