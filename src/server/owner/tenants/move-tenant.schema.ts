import { z } from 'zod';
import { type TenantMove } from '@/server/owner/db/schema';
import { TENANT_MOVE_STATUSES } from '@/lib/domain/owner/tenant-moves';

export const moveTenantBody = z.object({ serverId: z.uuid('Enter a database server id.') }).strict();

const timestamp = z.iso.datetime({ offset: true });

/** A move as the API shows it: its progress (status, step) and what the clinic saw (unavailableMs). */
export const moveViewSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  fromServerId: z.uuid(),
  toServerId: z.uuid(),
  status: z.enum(TENANT_MOVE_STATUSES),
  step: z.string().nullable().describe('quiesce, prepare, copy, verify, switch, retire, done'),
  jobId: z.string().nullable(),
  error: z.string().nullable(),
  unavailableMs: z.number().int().nullable().describe('How long the clinic answered 503 during the move'),
  rowsCopied: z.number().int().nullable(),
  retainedDatabase: z.string().nullable().describe('The renamed source database, kept until finalized'),
  startedAt: timestamp.nullable(),
  finishedAt: timestamp.nullable(),
  createdAt: timestamp,
});

export type MoveView = z.output<typeof moveViewSchema>;

export function toMoveView(move: TenantMove): MoveView {
  return {
    id: move.id,
    tenantId: move.tenantId,
    fromServerId: move.fromServerId,
    toServerId: move.toServerId,
    status: move.status,
    step: move.step,
    jobId: move.jobId,
    error: move.error,
    unavailableMs: move.unavailableMs,
    rowsCopied: move.rowsCopied,
    retainedDatabase: move.retainedDatabase,
    startedAt: move.startedAt?.toISOString() ?? null,
    finishedAt: move.finishedAt?.toISOString() ?? null,
    createdAt: move.createdAt.toISOString(),
  };
}
