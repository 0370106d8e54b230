import { inArray } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import type { TenantStatus } from '@/lib/domain/owner/tenants';
import type { JobDefinition } from './define-job';
import { enqueueJob } from './enqueue-job';

/**
 * Queues one `perClinic` job for every ACTIVE clinic: what a scheduled all-clinics job does, so each clinic's
 * work retries (and fails) on its own and workers in every process share it out.
 * `periodKey` names the period (e.g. the day): with it, a re-run of the same period queues no duplicates.
 * `statuses` widens the set for work that must reach suspended clinics too (exports' expiry).
 */
export async function enqueueForActiveClinics(
  perClinic: JobDefinition<{ tenantId: string }>,
  options: { periodKey: string; singletonSeconds?: number; statuses?: TenantStatus[] },
): Promise<{ clinics: number; queued: number }> {
  const active = await ownerDb
    .select({ id: tenants.id })
    .from(tenants)
    .where(inArray(tenants.status, options.statuses ?? ['ACTIVE']))
    .orderBy(tenants.createdAt);
  let queued = 0;
  for (const { id } of active) {
    const jobId = await enqueueJob(
      perClinic,
      { tenantId: id },
      {
        singletonKey: `${id}:${options.periodKey}`,
        singletonSeconds: options.singletonSeconds ?? 3600,
      },
    );
    if (jobId) queued++;
  }
  return { clinics: active.length, queued };
}
