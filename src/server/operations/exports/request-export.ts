import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { conflict, AppError } from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { dataExports } from '@/server/tenant/db/schema';
import {
  EXPORT_RETENTION_DAYS,
  toExportView,
  type DataExportView,
} from '@/server/tenant/exports/export.schema';
import { enqueueJob } from '@/server/operations/jobs/enqueue-job';
import { buildExportJob } from './build-export.job';

/**
 * A clinic admin asks for an export: a `queued` record in the clinic's own database and an exports.build job.
 * One at a time per clinic (409 EXPORT_IN_PROGRESS), so repeated clicks cannot pile up work. If the job cannot be
 * queued the record is removed again and the caller gets 503.
 */
export async function requestExport(
  db: TenantDb,
  options: { tenantId: string; userId: string },
): Promise<DataExportView> {
  const row = await db.transaction(async (tx) => {
    // Serialises concurrent requests of one clinic for the in-progress check.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'smartdmv.data-export'}))`);
    const [busy] = await tx
      .select({ id: dataExports.id })
      .from(dataExports)
      .where(
        and(
          inArray(dataExports.status, ['queued', 'running']),
          // A request whose job was lost (e.g. the queue was reset) stops blocking after two hours.
          gt(dataExports.createdAt, new Date(Date.now() - 2 * 3600_000)),
        ),
      )
      .limit(1);
    if (busy)
      throw conflict('EXPORT_IN_PROGRESS', 'An export is already being prepared. Wait for it to finish.');
    const [inserted] = await tx
      .insert(dataExports)
      .values({
        requestedBy: options.userId,
        expiresAt: new Date(Date.now() + EXPORT_RETENTION_DAYS * 86_400_000),
      })
      .returning();
    return inserted!;
  });
  try {
    await enqueueJob(buildExportJob, { tenantId: options.tenantId, exportId: row.id });
  } catch (error) {
    logger.error('export job could not be queued', { exportId: row.id, error });
    await db.delete(dataExports).where(eq(dataExports.id, row.id));
    throw new AppError(503, 'SERVICE_UNAVAILABLE', 'The export could not be started. Try again in a minute.');
  }
  return toExportView(row);
}
