import fs from 'node:fs/promises';
import path from 'node:path';
import { and, eq, inArray, lt } from 'drizzle-orm';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { dataExports } from '@/server/tenant/db/schema';
import { exportPath, exportsDir } from './export-paths';

const STALE_WORK_MS = 24 * 3600_000;

/**
 * Deletes the zips of exports past their expiry and marks them `expired` (the row stays as the record), and
 * removes half-built files a crashed job left behind. Idempotent. Returns how many exports expired.
 */
export async function expireExports(
  db: TenantDb,
  options: { tenantSlug: string; now?: Date },
): Promise<number> {
  const now = options.now ?? new Date();
  const due = await db
    .select({ id: dataExports.id, storedName: dataExports.storedName })
    .from(dataExports)
    .where(and(inArray(dataExports.status, ['complete', 'failed']), lt(dataExports.expiresAt, now)));
  for (const row of due) {
    if (row.storedName) await fs.rm(await exportPath(options.tenantSlug, row.storedName), { force: true });
    await db
      .update(dataExports)
      .set({ status: 'expired', storedName: null })
      .where(eq(dataExports.id, row.id));
  }
  const dir = await exportsDir(options.tenantSlug);
  for (const name of await fs.readdir(dir)) {
    if (!name.startsWith('.')) continue; // work folders and partial zips are dot-named
    const full = path.join(dir, name);
    const stat = await fs.lstat(full).catch(() => null);
    if (stat && now.getTime() - stat.mtimeMs > STALE_WORK_MS)
      await fs.rm(full, { recursive: true, force: true });
  }
  return due.length;
}
