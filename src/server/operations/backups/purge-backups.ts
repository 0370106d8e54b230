import fs from 'node:fs/promises';
import { and, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantBackups, tenantRestores, tenants } from '@/server/owner/db/schema';
import { logger } from '@/server/shared/logger';
import { MAINTENANCE_DATABASE, databaseExists, withAdminClient } from '@/server/tenancy/cluster/admin-client';
import { isMarkedFor } from '@/server/tenancy/migrations/schema-marker';
import { dropDatabase } from '@/server/tenancy/provisioning/role-and-database';
import { removeBackup } from './delete-backup';

/**
 * Drops what outlived its keep-until date: the databases and files an in-place restore replaced
 * (replacedDataRetentionDays after it), and deleted clinics' final backups (deletedTenantRetentionDays).
 * A replaced database is dropped only if it is still marked as that clinic's: never anything we did not create.
 */
export async function purgeExpiredBackupData(
  db: OwnerDb,
  now = new Date(),
): Promise<{ databases: number; backups: number }> {
  let databases = 0;
  const replaced = await db
    .select({ restore: tenantRestores, tenant: tenants })
    .from(tenantRestores)
    .innerJoin(tenants, eq(tenants.id, tenantRestores.tenantId))
    .where(
      and(
        isNotNull(tenantRestores.purgeAfter),
        isNull(tenantRestores.purgedAt),
        lt(tenantRestores.purgeAfter, now),
      ),
    );
  for (const { restore, tenant } of replaced) {
    if (restore.replacedDatabase) {
      await withAdminClient(
        MAINTENANCE_DATABASE,
        async (client) => {
          const found = await databaseExists(client, restore.replacedDatabase!);
          if (found.exists && isMarkedFor(found.comment, tenant.id))
            await dropDatabase(client, restore.replacedDatabase!);
        },
        { host: tenant.dbHost, port: tenant.dbPort },
      );
      databases++;
    }
    if (restore.replacedFilesPath) await fs.rm(restore.replacedFilesPath, { recursive: true, force: true });
    await db.update(tenantRestores).set({ purgedAt: now }).where(eq(tenantRestores.id, restore.id));
  }
  const expired = await db
    .select({ backup: tenantBackups, tenant: tenants })
    .from(tenantBackups)
    .innerJoin(tenants, eq(tenants.id, tenantBackups.tenantId))
    .where(and(isNotNull(tenantBackups.keepUntil), lt(tenantBackups.keepUntil, now)));
  for (const { backup, tenant } of expired) await removeBackup(db, tenant, backup);
  if (databases > 0 || expired.length > 0)
    logger.info('purged expired backup data', { databases, backups: expired.length });
  return { databases, backups: expired.length };
}
