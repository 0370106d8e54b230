import { and, eq, lt } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { errorSummary } from '@/server/shared/describe-error';
import { isAppError } from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import { runProvisioning } from './provision-tenant';

/**
 * A process killed while provisioning leaves its clinic PROVISIONING for ever (its host answers 503). This finds
 * clinics that have been PROVISIONING for longer than `staleAfterMs` and provisions them again through the normal
 * path, under the same per-clinic advisory lock: a clinic another live process is still provisioning holds that
 * lock and is skipped, so running this from several app processes at once is safe.
 *
 * A first attempt that trips over the killed attempt's leftovers fails, and its rollback drops them (they carry
 * this tenant's ownership marker); the second attempt then starts clean. A clinic that still fails is left FAILED
 * with its error recorded, for the owner console's retry.
 *
 * Called at start-up by setup; the job runner schedules it periodically (no timer here).
 */
const PROVISIONING_STALE_AFTER_MS = 10 * 60_000;

export type StaleProvisioningReport = {
  resumed: string[];
  failed: Array<{ slug: string; error: string }>;
  /** Being provisioned by a live process right now (lock held). */
  skipped: string[];
};

export async function recoverStaleProvisioning(
  options: { staleAfterMs?: number; now?: Date } = {},
): Promise<StaleProvisioningReport> {
  const cutoff = new Date(
    (options.now ?? new Date()).getTime() - (options.staleAfterMs ?? PROVISIONING_STALE_AFTER_MS),
  );
  const stale = await ownerDb
    .select({ id: tenants.id, slug: tenants.slug })
    .from(tenants)
    .where(
      and(eq(tenants.status, 'PROVISIONING'), eq(tenants.isDefault, false), lt(tenants.updatedAt, cutoff)),
    )
    .orderBy(tenants.updatedAt);
  const report: StaleProvisioningReport = { resumed: [], failed: [], skipped: [] };
  for (const tenant of stale) {
    const outcome = await reprovision(tenant.id);
    if (outcome === 'ACTIVE') report.resumed.push(tenant.slug);
    else if (outcome === 'SKIPPED') report.skipped.push(tenant.slug);
    else report.failed.push({ slug: tenant.slug, error: outcome.error });
    logger.info('stale provisioning recovered', {
      tenant: tenant.slug,
      outcome: typeof outcome === 'string' ? outcome : 'FAILED',
    });
  }
  return report;
}

async function reprovision(tenantId: string): Promise<'ACTIVE' | 'SKIPPED' | { error: string }> {
  let lastError = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      await runProvisioning(tenantId);
      return 'ACTIVE';
    } catch (error) {
      if (isAppError(error) && error.code === 'PROVISIONING_IN_PROGRESS') return 'SKIPPED';
      // Someone else finished or changed it meanwhile: nothing of ours to do.
      if (isAppError(error) && error.code === 'INVALID_STATE') return 'SKIPPED';
      lastError = errorSummary(error);
    }
  }
  return { error: lastError };
}
