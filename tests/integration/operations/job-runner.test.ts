import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { defineJob } from '@/server/operations/jobs/define-job';
import { enqueueJob } from '@/server/operations/jobs/enqueue-job';
import { startWorkers } from '@/server/operations/jobs/run-workers';
import { createTestTenant } from '@tests/support/tenants';
import { uniqueSlug } from '@tests/support/factories';
import { waitFor } from '@tests/support/wait-for';

const runs: string[] = [];
const suffix = uniqueSlug('t');

const echo = defineJob({
  name: `test.echo-${suffix}`,
  payload: z.object({ value: z.string() }),
  handler: async ({ value }) => {
    runs.push(value);
  },
});

let attempts = 0;
const flaky = defineJob({
  name: `test.flaky-${suffix}`,
  payload: z.object({}),
  retry: { limit: 1, delaySeconds: 1, backoff: false },
  handler: async () => {
    attempts++;
    throw new Error('always fails');
  },
});

const tenantRuns: string[] = [];
const perClinic = defineJob({
  name: `test.clinic-${suffix}`,
  payload: z.object({ tenantId: z.uuid() }),
  tenant: {},
  handler: async ({ tenantId }) => {
    tenantRuns.push(tenantId);
  },
});

async function jobState(name: string, id: string): Promise<string | undefined> {
  const rows = await ownerDb.execute<{ state: string }>(
    sql`select state from pgboss.job where name = ${name} and id = ${id}`,
  );
  return rows.rows[0]?.state;
}

describe('job runner', () => {
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ stop } = await startWorkers([echo, flaky, perClinic]));
  });
  afterAll(async () => stop());

  it('runs each queued job once', async () => {
    await Promise.all(['a', 'b', 'c'].map((value) => enqueueJob(echo, { value })));
    await waitFor(() => runs.length >= 3, 20_000, 100);
    await new Promise((r) => setTimeout(r, 2_500));
    expect(runs.sort()).toEqual(['a', 'b', 'c']);
  });

  it('refuses a malformed payload before it is queued', async () => {
    await expect(enqueueJob(echo, { value: 42 } as unknown as { value: string })).rejects.toThrow();
  });

  it('retries a failing job, then keeps it visible as failed with its error', async () => {
    const id = (await enqueueJob(flaky, {}))!;
    await waitFor(async () => (await jobState(flaky.name, id)) === 'failed', 30_000, 100);
    expect(attempts).toBe(2);
    const rows = await ownerDb.execute<{ output: { message?: string } }>(
      sql`select output from pgboss.job where id = ${id}`,
    );
    expect(rows.rows[0]?.output.message).toBe('always fails');
  });

  it('skips clinic jobs for clinics that are not ACTIVE', async () => {
    const active = await createTestTenant('jobs');
    const suspended = await createTestTenant('jobs');
    await ownerDb.execute(sql`update tenants set status = 'SUSPENDED' where id = ${suspended.tenant.id}`);
    const skippedId = (await enqueueJob(perClinic, { tenantId: suspended.tenant.id }))!;
    await enqueueJob(perClinic, { tenantId: active.tenant.id });
    await waitFor(() => tenantRuns.includes(active.tenant.id), 20_000, 100);
    await waitFor(async () => (await jobState(perClinic.name, skippedId)) === 'completed', 20_000, 100);
    expect(tenantRuns).not.toContain(suspended.tenant.id);
  });
});
