import { z } from 'zod';
import { env } from '@/env';
import { defineJob } from '@/server/operations/jobs/define-job';
import { finalizeOldMoves } from './finalize-move';

/** Daily: drops source databases kept by moves that finished more than MOVE_RETAIN_DAYS ago. */
export const finalizeMovesJob = defineJob({
  name: 'tenant.move-finalize',
  payload: z.object({}),
  schedule: { cron: '30 3 * * *' },
  handler: async (_payload, { log }) => {
    const finalized = await finalizeOldMoves(env().MOVE_RETAIN_DAYS);
    log.info('moves finalized', { finalized });
    return { finalized };
  },
});
