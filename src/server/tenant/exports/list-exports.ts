import { desc } from 'drizzle-orm';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { dataExports } from '@/server/tenant/db/schema';
import { toExportView, type DataExportView } from './export.schema';

const MAX_LISTED = 50;

/** The clinic's exports, newest first (at most 50: older ones are long expired). */
export async function listExports(db: TenantDb): Promise<DataExportView[]> {
  const rows = await db.select().from(dataExports).orderBy(desc(dataExports.createdAt)).limit(MAX_LISTED);
  const now = new Date();
  return rows.map((row) => toExportView(row, now));
}
