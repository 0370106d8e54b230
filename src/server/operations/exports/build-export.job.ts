import fs from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { defineJob } from '@/server/operations/jobs/define-job';
import { tenantPools } from '@/server/tenancy/connections/tenant-connections';
import { dataExports } from '@/server/tenant/db/schema';
import { buildExportZip } from '@/server/tenant/exports/build-export-zip';
import { exportsDir } from '@/server/tenant/exports/export-paths';
import { EXPORT_RETENTION_DAYS } from '@/server/tenant/exports/export.schema';

const RETRY = { limit: 2, delaySeconds: 30, backoff: true };

/**
 * Builds one clinic export requested by an admin (POST /api/exports). Runs for suspended clinics too (a clinic
 * keeps the right to its data). The zip is written under a dot-name and renamed when complete, so a download
 * never sees half a file; a retry starts over. Idempotent: a complete export is left alone.
 */
export const buildExportJob = defineJob({
  name: 'exports.build',
  payload: z.object({ tenantId: z.uuid(), exportId: z.uuid() }),
  tenant: { allowInactive: true },
  retry: RETRY,
  expireInSeconds: 60 * 60,
  handler: async ({ tenantId, exportId }, { log, retryCount }) => {
    const [tenant] = await ownerDb
      .select({ slug: tenants.slug, status: tenants.status })
      .from(tenants)
      .where(eq(tenants.id, tenantId));
    if (!tenant || tenant.status === 'DELETED' || tenant.status === 'FAILED') return { skipped: 'no clinic' };
    return tenantPools().withDb(tenantId, async (db) => {
      const [row] = await db.select().from(dataExports).where(eq(dataExports.id, exportId));
      if (!row || row.status === 'complete' || row.status === 'expired')
        return { skipped: row?.status ?? 'gone' };
      await db
        .update(dataExports)
        .set({ status: 'running', startedAt: new Date(), progress: 0, error: null })
        .where(eq(dataExports.id, exportId));
      const dir = await exportsDir(tenant.slug);
      const storedName = `${exportId}.zip`;
      const partial = path.join(dir, `.${exportId}.zip.part`);
      try {
        const summary = await buildExportZip(db, {
          tenantSlug: tenant.slug,
          zipPath: partial,
          workDir: path.join(dir, `.${exportId}.work`),
          onProgress: async (progress) => {
            await db.update(dataExports).set({ progress }).where(eq(dataExports.id, exportId));
          },
        });
        await fs.rename(partial, path.join(dir, storedName));
        const { size } = await fs.stat(path.join(dir, storedName));
        const completedAt = new Date();
        await db
          .update(dataExports)
          .set({
            status: 'complete',
            progress: 100,
            storedName,
            sizeBytes: size,
            completedAt,
            expiresAt: new Date(completedAt.getTime() + EXPORT_RETENTION_DAYS * 86_400_000),
          })
          .where(eq(dataExports.id, exportId));
        log.info('export built', { exportId, sizeBytes: size, files: summary.files });
        return { exportId, sizeBytes: size, ...summary };
      } catch (error) {
        await fs.rm(partial, { force: true });
        const last = retryCount >= RETRY.limit;
        // Users see a plain sentence; the cause is in the job's error (Jobs page) and the log.
        await db
          .update(dataExports)
          .set({
            status: last ? 'failed' : 'queued',
            progress: 0,
            error: last ? 'The export could not be built. Request a new one, or ask your operator.' : null,
          })
          .where(eq(dataExports.id, exportId));
        throw error;
      }
    });
  },
});
