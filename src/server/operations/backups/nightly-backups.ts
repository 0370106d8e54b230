import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantBackups, type Tenant } from '@/server/owner/db/schema';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { logger } from '@/server/shared/logger';
import { backupableTenants, backupMany, type BackupOutcome } from './backup-many';
import { applyRetention } from './retention';

/** Attempts per clinic per night before the nightly run stops retrying it (the failures stay visible). */
const MAX_ATTEMPTS_PER_NIGHT = 3;

/** The most recent time the daily schedule (HH:MM UTC) was due, at or before `now`. */
export function lastDueTime(timeUtc: string, now: Date): Date {
  const [h, m] = timeUtc.split(':').map(Number) as [number, number];
  const due = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), h, m));
  if (due > now) due.setUTCDate(due.getUTCDate() - 1);
  return due;
}

/**
 * Clinics whose scheduled backup for the latest due time is still missing: created before it, none complete or
 * running since then, and fewer than MAX_ATTEMPTS_PER_NIGHT failures.
 */
async function clinicsDue(db: OwnerDb, due: Date): Promise<Tenant[]> {
  // A clinic created after the due time waits for the next night (no burst of backups on first start).
  const candidates = (await backupableTenants(db)).filter((t) => t.createdAt < due);
  if (candidates.length === 0) return [];
  const rows = await db
    .select({
      tenantId: tenantBackups.tenantId,
      done: sql<number>`count(*) filter (where ${tenantBackups.status} <> 'failed')::int`,
      failed: sql<number>`count(*) filter (where ${tenantBackups.status} = 'failed')::int`,
    })
    .from(tenantBackups)
    .where(
      and(
        eq(tenantBackups.kind, 'scheduled'),
        gte(tenantBackups.createdAt, due),
        inArray(
          tenantBackups.tenantId,
          candidates.map((t) => t.id),
        ),
      ),
    )
    .groupBy(tenantBackups.tenantId);
  const byTenant = new Map(rows.map((r) => [r.tenantId, r]));
  return candidates.filter((t) => {
    const r = byTenant.get(t.id);
    return !r || (r.done === 0 && r.failed < MAX_ATTEMPTS_PER_NIGHT);
  });
}

/**
 * One tick of the nightly schedule (the job runs every few minutes): when backups are enabled, backs up every due
 * clinic with the configured concurrency, applying retention after each success. Idempotent: a clinic backed up
 * since the due time is skipped, so a retried or overlapping tick changes nothing twice. One run at a time
 * across processes (an advisory lock; a second tick returns at once).
 */
export async function runNightlyBackups(
  db: OwnerDb,
  options: { now?: Date; onlyTenantIds?: string[] } = {},
): Promise<{ due: number; outcomes: BackupOutcome[] } | null> {
  const now = options.now ?? new Date();
  const settings = await readSystemSettings(db);
  if (!settings.backupsEnabled) return { due: 0, outcomes: [] };
  const client = await db.$client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      `select pg_try_advisory_lock(hashtext('smartdmv:nightly-backups')) as locked`,
    );
    if (!rows[0]?.locked) return null;
    try {
      const due = (await clinicsDue(db, lastDueTime(settings.backupTimeUtc, now))).filter(
        (t) => !options.onlyTenantIds || options.onlyTenantIds.includes(t.id),
      );
      if (due.length === 0) return { due: 0, outcomes: [] };
      logger.info('nightly backups starting', {
        clinics: due.length,
        concurrency: settings.backupConcurrency,
      });
      const policy = {
        daily: settings.backupKeepDaily,
        weekly: settings.backupKeepWeekly,
        monthly: settings.backupKeepMonthly,
      };
      const outcomes = await backupMany(db, {
        tenants: due,
        kind: 'scheduled',
        concurrency: settings.backupConcurrency,
        onDone: (outcome) => {
          if (!outcome.error)
            void applyRetention(db, { tenantId: outcome.tenant.id, policy }).catch(() => {});
        },
      });
      logger.info('nightly backups finished', {
        clinics: outcomes.length,
        failed: outcomes.filter((o) => o.error).length,
      });
      return { due: due.length, outcomes };
    } finally {
      await client.query(`select pg_advisory_unlock(hashtext('smartdmv:nightly-backups'))`);
    }
  } finally {
    client.release();
  }
}
