import fs from 'node:fs/promises';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantBackups, type Tenant } from '@/server/owner/db/schema';
import { logger } from '@/server/shared/logger';
import { backupRoot } from './backup-location';
import { hasManifest } from './manifest';

const INTERRUPTED =
  'The backup was interrupted (its process stopped) before it finished; nothing usable was kept.';

/**
 * A folder without a manifest is not a backup: removes such folders, marks `running` rows failed, and marks
 * `complete` rows whose manifest has gone as failed. Call only while holding the clinic's backup lock, so no live
 * backup is mistaken for a dead one.
 */
export async function sweepIncompleteBackups(
  db: OwnerDb,
  tenant: Pick<Tenant, 'id' | 'slug' | 'storagePath'>,
): Promise<number> {
  const root = backupRoot(tenant);
  const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
  let removed = 0;
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(root, entry.name);
    if (await hasManifest(folder)) continue;
    await fs.rm(folder, { recursive: true, force: true });
    removed++;
  }
  await db
    .update(tenantBackups)
    .set({ status: 'failed', error: INTERRUPTED, completedAt: new Date() })
    .where(and(eq(tenantBackups.tenantId, tenant.id), eq(tenantBackups.status, 'running')));
  const complete = await db
    .select({ id: tenantBackups.id, folder: tenantBackups.folder })
    .from(tenantBackups)
    .where(and(eq(tenantBackups.tenantId, tenant.id), eq(tenantBackups.status, 'complete')));
  const lost: string[] = [];
  for (const row of complete) if (!(await hasManifest(path.join(root, row.folder)))) lost.push(row.id);
  if (lost.length > 0)
    await db
      .update(tenantBackups)
      .set({ status: 'failed', error: 'The backup’s files are missing from its folder.' })
      .where(inArray(tenantBackups.id, lost));
  if (removed > 0 || lost.length > 0)
    logger.warn('swept incomplete backups', { tenant: tenant.slug, removed, lost: lost.length });
  return removed;
}
