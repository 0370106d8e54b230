import { and, eq, lt } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantBackups, tenants } from '@/server/owner/db/schema';
import { removeBackup } from './delete-backup';

/**
 * Grandfather-father-son retention of scheduled backups: the newest backup of each of the last `daily` days that
 * have one, of each of the last `weekly` ISO weeks, and of each of the last `monthly` months (UTC). Manual
 * backups are kept until an operator deletes them; pre-restore and pre-delete ones are safety copies with their own
 * lifetimes.
 */
export type RetentionPolicy = { daily: number; weekly: number; monthly: number };

const dayKey = (d: Date) => d.toISOString().slice(0, 10);
const monthKey = (d: Date) => d.toISOString().slice(0, 7);
function isoWeekKey(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday); // the Thursday of this ISO week decides its year
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The ids to keep (pure: the rule is tested on its own). */
export function selectRetained<T extends { id: string; createdAt: Date }>(
  backups: T[],
  policy: RetentionPolicy,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<string>();
  const pick = (key: (d: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      if (seen.size >= count) break;
      const k = key(backup.createdAt);
      if (seen.has(k)) continue;
      seen.add(k);
      keep.add(backup.id);
    }
  };
  pick(dayKey, policy.daily);
  pick(isoWeekKey, policy.weekly);
  pick(monthKey, policy.monthly);
  return keep;
}

/** Applies the policy to one clinic's complete scheduled backups; returns how many were removed. */
export async function applyRetention(
  db: OwnerDb,
  options: { tenantId: string; policy: RetentionPolicy },
): Promise<number> {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, options.tenantId));
  if (!tenant) return 0;
  const scheduled = await db
    .select()
    .from(tenantBackups)
    .where(
      and(
        eq(tenantBackups.tenantId, tenant.id),
        eq(tenantBackups.kind, 'scheduled'),
        eq(tenantBackups.status, 'complete'),
      ),
    );
  const keep = selectRetained(scheduled, options.policy);
  let removed = 0;
  for (const backup of scheduled) {
    if (keep.has(backup.id)) continue;
    await removeBackup(db, tenant, backup);
    removed++;
  }
  // Failed scheduled attempts say something only while they are recent.
  await db
    .delete(tenantBackups)
    .where(
      and(
        eq(tenantBackups.tenantId, tenant.id),
        eq(tenantBackups.kind, 'scheduled'),
        eq(tenantBackups.status, 'failed'),
        lt(tenantBackups.createdAt, new Date(Date.now() - 30 * 86_400_000)),
      ),
    );
  return removed;
}
