import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { POST as cancel } from '@/app/api/owner/jobs/[id]/cancel/route';
import { POST as retry } from '@/app/api/owner/jobs/[id]/retry/route';
import { GET as overview } from '@/app/api/owner/jobs/route';
import { ownerDb } from '@/server/owner/db/client';
import { defineJob } from '@/server/operations/jobs/define-job';
import { enqueueJob } from '@/server/operations/jobs/enqueue-job';
import { jobOverviewSchema } from '@/server/operations/jobs/job-overview.schema';
import { startWorkers } from '@/server/operations/jobs/run-workers';
import { uniqueSlug } from '@tests/support/factories';
import { createOwnerAccounts, ownerCall, type OwnerAccount } from '@tests/support/owner-auth';
import { createTestTenant } from '@tests/support/tenants';
import { waitFor } from '@tests/support/wait-for';

const suffix = uniqueSlug('j');
let shouldFail = true;
let runs = 0;
const failing = defineJob({
  name: `test.jobs-api-${suffix}`,
  payload: z.object({ tenantId: z.uuid() }),
  tenant: {},
  retry: { limit: 0, delaySeconds: 1, backoff: false },
  handler: async () => {
    runs++;
    if (shouldFail) throw new Error('clinic mailbox unreachable');
  },
});
// Never worked: its jobs stay queued until cancelled.
const idle = defineJob({ name: `test.jobs-idle-${suffix}`, payload: z.object({}), handler: async () => {} });

async function stateOf(id: string) {
  const rows = await ownerDb.execute<{ state: string }>(sql`select state from pgboss.job where id = ${id}`);
  return rows.rows[0]?.state;
}

let owner: OwnerAccount;
let support: OwnerAccount;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ owner, support } = await createOwnerAccounts('jobs-api'));
  ({ stop } = await startWorkers([failing]));
});
afterAll(async () => stop());

describe('owner jobs API', () => {
  it('counts per type, lists a failure with its clinic and error, and retries it (audited)', async () => {
    const clinic = await createTestTenant('jobs-api');
    const id = (await enqueueJob(failing, { tenantId: clinic.tenant.id }))!;
    await waitFor(async () => (await stateOf(id)) === 'failed');

    const res = await ownerCall(overview, {
      path: `/api/owner/jobs?name=${failing.name}`,
      cookie: support.cookie,
    });
    expect(res.status).toBe(200);
    const data = jobOverviewSchema.parse(res.body.data);
    expect(data.types.find((t) => t.name === failing.name)).toMatchObject({ failed: 1, queued: 0 });
    // Every registered job type is listed, even idle ones, with its schedule.
    expect(data.types.find((t) => t.name === 'usage.snapshot-all')?.schedule).toBe('10 0 * * *');
    expect(data.recentFailures).toHaveLength(1);
    expect(data.recentFailures[0]).toMatchObject({
      id,
      name: failing.name,
      tenantId: clinic.tenant.id,
      tenantSlug: clinic.slug,
      error: 'clinic mailbox unreachable',
    });

    const denied = await ownerCall(retry, {
      method: 'POST',
      path: `/api/owner/jobs/${id}/retry`,
      params: { id },
      cookie: support.cookie,
    });
    expect(denied.status).toBe(403);

    shouldFail = false;
    const retried = await ownerCall(retry, {
      method: 'POST',
      path: `/api/owner/jobs/${id}/retry`,
      params: { id },
      cookie: owner.cookie,
    });
    expect(retried.status).toBe(200);
    expect(retried.body.data).toMatchObject({ id, name: failing.name });
    await waitFor(async () => (await stateOf(id)) === 'completed');
    expect(runs).toBe(2);

    const again = await ownerCall(retry, {
      method: 'POST',
      path: `/api/owner/jobs/${id}/retry`,
      params: { id },
      cookie: owner.cookie,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('INVALID_STATE');

    const audit = await ownerDb.execute<{ action: string }>(
      sql`select action from owner_audit_log where target_id = ${id} and action = 'job.retry'`,
    );
    expect(audit.rows).toHaveLength(1);
  });

  it('cancels a queued job, refuses to cancel it twice, and answers 404 for an unknown job', async () => {
    const id = (await enqueueJob(idle, {}))!;
    // Filtered to this job type: other test files queue jobs in the same database.
    const listed = await ownerCall(overview, {
      path: `/api/owner/jobs?name=${encodeURIComponent(idle.name)}`,
      cookie: owner.cookie,
    });
    expect(listed.body.data.types.find((t: { name: string }) => t.name === idle.name)).toMatchObject({
      queued: 1,
    });
    expect(listed.body.data.pending.map((p: { id: string }) => p.id)).toContain(id);
    const res = await ownerCall(cancel, {
      method: 'POST',
      path: `/api/owner/jobs/${id}/cancel`,
      params: { id },
      cookie: owner.cookie,
    });
    expect(res.status).toBe(200);
    expect(res.body.data.state).toBe('cancelled');
    const twice = await ownerCall(cancel, {
      method: 'POST',
      path: `/api/owner/jobs/${id}/cancel`,
      params: { id },
      cookie: owner.cookie,
    });
    expect(twice.status).toBe(409);
    const unknown = crypto.randomUUID();
    const missing = await ownerCall(cancel, {
      method: 'POST',
      path: `/api/owner/jobs/${unknown}/cancel`,
      params: { id: unknown },
      cookie: owner.cookie,
    });
    expect(missing.status).toBe(404);
    const bad = await ownerCall(cancel, {
      method: 'POST',
      path: '/api/owner/jobs/nope/cancel',
      params: { id: 'nope' },
      cookie: owner.cookie,
    });
    expect(bad.status).toBe(404); // a malformed id names no job
  });

  it('refuses a bad limit with 400', async () => {
    const res = await ownerCall(overview, { path: '/api/owner/jobs?limit=5000', cookie: owner.cookie });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBeTruthy();
  });
});
