import { errorSummary } from '@/server/shared/describe-error';
import fs from 'node:fs/promises';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import {
  tenantRestores,
  tenants,
  tenantSubscriptions,
  type Tenant,
  type TenantRestore,
} from '@/server/owner/db/schema';
import {
  AppError,
  conflict,
  pgErrorCode,
  PG_UNIQUE_VIOLATION,
  validationError,
} from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import { generateRolePassword } from '@/server/tenancy/connections/scram-verifier';
import { encryptSecret } from '@/server/shared/secret-box';
import { MAINTENANCE_DATABASE, withAdminClient } from '@/server/tenancy/cluster/admin-client';
import { appSecret, clusterConfig } from '@/server/tenancy/cluster/cluster';
import { slugSchema } from '@/lib/identifiers';
import { quoteIdent, tenantDatabaseName, tenantRoleName } from '@/server/tenancy/cluster/identifiers';
import { invalidateTenantCache } from '@/server/tenancy/routing/resolve-tenant';
import { recordSchemaVersion } from '@/server/tenancy/migrations/schema-marker';
import { tenantStoragePath } from '@/server/tenancy/provisioning/storage';
import {
  assertNoForeignObjects,
  createTenantRole,
  dropTenantDatabaseAndRole,
  grantDatabaseConnect,
  grantTableRights,
  markDatabase,
} from '@/server/tenancy/provisioning/role-and-database';
import { loadRestorableBackup } from './load-restorable-backup';
import { migrateRestored, pgRestoreInto, verifyRestoredCounts } from './restore-database';
import { extractFiles } from './restore-files';

/**
 * Restore as a new clinic (inspection, or recovering one clinic's old state beside the live one): a new slug,
 * role, database and folders from the backup. Users keep their passwords (the hashes are restored); every session
 * is dropped. The source clinic is never touched, and it may be a deleted one (its pre-delete backup). A failure
 * removes the new clinic completely: nothing is left behind.
 */
export async function restoreAsNewTenant(
  db: OwnerDb,
  options: { tenantId: string; backupId: string; asSlug: string },
): Promise<{ restore: TenantRestore; tenant: Tenant }> {
  const slug = slugSchema.safeParse(options.asSlug);
  if (!slug.success)
    throw validationError(
      { fields: { asSlug: slug.error.issues.map((i) => i.message) } },
      'The new slug is not valid.',
    );
  const { tenant: source, backup, folder, manifest } = await loadRestorableBackup(db, options);
  const [plan] = await db
    .select({ planId: tenantSubscriptions.planId })
    .from(tenantSubscriptions)
    .where(and(eq(tenantSubscriptions.tenantId, source.id), isNull(tenantSubscriptions.endedAt)))
    .orderBy(desc(tenantSubscriptions.startedAt))
    .limit(1);
  const server = clusterConfig().admin;
  let created: Tenant;
  try {
    created = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(tenants)
        .values({
          slug: slug.data,
          name: `${source.name} (restored)`,
          status: 'PROVISIONING',
          dbHost: server.host,
          dbPort: server.port,
          dbName: tenantDatabaseName(slug.data),
          dbRole: tenantRoleName(slug.data),
          storagePath: tenantStoragePath(slug.data),
          branding: source.branding,
        })
        .returning();
      if (plan)
        await tx
          .insert(tenantSubscriptions)
          .values({ tenantId: row!.id, planId: plan.planId, status: 'ACTIVE' });
      return row!;
    });
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION)
      throw conflict('SLUG_TAKEN', `The slug "${slug.data}" is already in use.`, {
        fields: { asSlug: ['Already in use.'] },
      });
    throw error;
  }
  const [restore] = await db
    .insert(tenantRestores)
    .values({ tenantId: source.id, backupId: backup.id, mode: 'new-tenant', targetTenantId: created.id })
    .returning();
  const target = { tenantId: created.id, database: created.dbName, role: created.dbRole };
  const address = { host: created.dbHost, port: created.dbPort };
  let objects = false;
  try {
    const password = generateRolePassword();
    await withAdminClient(
      MAINTENANCE_DATABASE,
      async (client) => {
        await assertNoForeignObjects(client, target);
        objects = true;
        await createTenantRole(client, target, password);
        await client.query(`create database ${quoteIdent(target.database)} template template0`);
        await markDatabase(client, target);
        await grantDatabaseConnect(client, target, [server.user]);
      },
      address,
    );
    await db
      .update(tenants)
      .set({ dbPasswordEncrypted: encryptSecret(password, appSecret()) })
      .where(eq(tenants.id, created.id));
    await pgRestoreInto(folder, target.database, address);
    await migrateRestored(target.database, address);
    await verifyRestoredCounts(target.database, address, manifest);
    await withAdminClient(
      target.database,
      async (client) => {
        await grantTableRights(client, target.role);
        await recordSchemaVersion(client, created.id);
        await client.query('delete from sessions');
      },
      address,
    );
    await extractFiles(folder, created.storagePath);
    const [active] = await db
      .update(tenants)
      .set({ status: 'ACTIVE', activatedAt: new Date(), updatedAt: new Date() })
      .where(eq(tenants.id, created.id))
      .returning();
    const [done] = await db
      .update(tenantRestores)
      .set({ status: 'complete', finishedAt: new Date() })
      .where(eq(tenantRestores.id, restore!.id))
      .returning();
    invalidateTenantCache();
    logger.info('restored as a new clinic', {
      source: source.slug,
      tenant: created.slug,
      backupId: backup.id,
    });
    return { restore: done!, tenant: active! };
  } catch (error) {
    const message = errorSummary(error);
    logger.error('restore as a new clinic failed; removing it', {
      source: source.slug,
      tenant: created.slug,
      error,
    });
    if (objects) await dropTenantDatabaseAndRole(target, address).catch(() => {});
    await fs.rm(created.storagePath, { recursive: true, force: true }).catch(() => {});
    await db
      .update(tenantRestores)
      .set({ status: 'failed', error: message, finishedAt: new Date(), targetTenantId: null })
      .where(eq(tenantRestores.id, restore!.id));
    await db.delete(tenants).where(eq(tenants.id, created.id));
    if (error instanceof AppError) throw error;
    throw new AppError(500, 'RESTORE_FAILED', `The restore failed; no clinic was created: ${message}`);
  }
}
