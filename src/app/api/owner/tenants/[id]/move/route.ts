import { withOwner } from '@/server/owner/auth/with-owner';
import { auditAction } from '@/server/owner/audit/record-audit';
import { moveTenantBody, toMoveView } from '@/server/owner/tenants/move-tenant.schema';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { enqueueJob } from '@/server/operations/jobs/enqueue-job';
import { readJson, readParams } from '@/server/shared/http/request';
import { moveTenantJob } from '@/server/tenancy/moves/move-tenant.job';
import { latestMove, requestMove } from '@/server/tenancy/moves/request-move';
import { notFound } from '@/server/shared/errors';
import { ownerDb } from '@/server/owner/db/client';
import { tenantMoves } from '@/server/owner/db/schema';
import { eq } from 'drizzle-orm';

// GET /api/owner/tenants/:id/move — OWNER, SUPPORT: the clinic's latest move and its progress
export const GET = withOwner<{ id: string }>(async ({ db, params }) => {
  const { id } = readParams(params, tenantIdParams);
  const move = await latestMove(db, id);
  if (!move) throw notFound('Move');
  return toMoveView(move);
});

// POST /api/owner/tenants/:id/move — OWNER: move the clinic's database to another server (a job; 202 with the move)
export const POST = withOwner<{ id: string }>(async ({ req, db, params, user, meta }) => {
  const { id } = readParams(params, tenantIdParams);
  const { serverId } = await readJson(req, moveTenantBody);
  const move = await requestMove(db, { tenantId: id, serverId });
  const jobId = await enqueueJob(moveTenantJob, { tenantId: id, moveId: move.id });
  await ownerDb.update(tenantMoves).set({ jobId }).where(eq(tenantMoves.id, move.id));
  await auditAction(
    db,
    { actor: user, meta },
    {
      action: 'tenant.move',
      targetType: 'tenant',
      targetId: id,
      details: { moveId: move.id, fromServerId: move.fromServerId, toServerId: serverId },
    },
  );
  return Response.json({ data: toMoveView({ ...move, jobId }) }, { status: 202 });
});
