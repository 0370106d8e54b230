import { eq } from 'drizzle-orm';
import { ownerRoute } from '@/server/owner/auth/owner-route';
import { auditAction } from '@/server/owner/audit/record-audit';
import { ownerDb } from '@/server/owner/db/client';
import { tenantMoves } from '@/server/owner/db/schema';
import { moveTenantBody, moveViewSchema, toMoveView } from '@/server/owner/tenants/move-tenant.schema';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { enqueueJob } from '@/server/operations/jobs/enqueue-job';
import { notFound } from '@/server/shared/errors';
import { moveTenantJob } from '@/server/tenancy/moves/move-tenant.job';
import { latestMove, requestMove } from '@/server/tenancy/moves/request-move';

const TAG = 'Owner: tenants';

// GET /api/owner/tenants/:id/move — OWNER, SUPPORT: the clinic's latest move and its progress
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/tenants/{id}/move',
    summary: "The clinic's latest move: status, step, unavailable time",
    tags: [TAG],
    params: tenantIdParams,
    response: moveViewSchema,
  },
  async ({ db, params }) => {
    const move = await latestMove(db, params.id);
    if (!move) throw notFound('Move');
    return toMoveView(move);
  },
);

// POST /api/owner/tenants/:id/move — OWNER: move the clinic's database to another server (a job; 202 with the move)
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/move',
    summary:
      "Move a clinic's database to another server (a job: maintenance, pg_dump | pg_restore, verify, switch); 202 with the move",
    tags: [TAG],
    params: tenantIdParams,
    body: moveTenantBody,
    response: moveViewSchema,
    status: 202,
    errors: [
      'INVALID_STATE',
      'ALREADY_ON_SERVER',
      'SAME_SERVER',
      'SERVER_NOT_ACTIVE',
      'SERVER_FULL',
      'MOVE_IN_PROGRESS',
    ],
  },
  async ({ db, params, body, user, meta }) => {
    const { id } = params;
    const { serverId } = body;
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
    return toMoveView({ ...move, jobId });
  },
);
