import { errorSummary } from '@/server/shared/describe-error';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import {
  tenantBackups,
  tenants,
  type BackupKind,
  type Tenant,
  type TenantBackup,
} from '@/server/owner/db/schema';
import { AppError, conflict, notFound } from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import { withAdminClient } from '@/server/tenancy/cluster/admin-client';
import { clusterConfig } from '@/server/tenancy/cluster/cluster';
import { appliedVersion } from '@/server/tenancy/migrations/run-migrations';
import { backupFolderName, backupFolderPath, DATABASE_PART, FILES_PART, hashFile } from './backup-location';
import { tryBackupLock } from './backup-lock';
import { countTables } from './count-tables';
import { writeManifest, type BackupManifest } from './manifest';
import { pgTools, pgToolsMissing, REQUIRED_MAJOR, runCommand, runPgTool } from './pg-tools';
import { sweepIncompleteBackups } from './sweep-incomplete-backups';

/**
 * Backs one clinic up into `<backup root>/<UTC timestamp>-<id>/`: database.dump (pg_dump -Fc) and files.tar.gz
 * (storage folders except backups/) in parallel, then manifest.json last by atomic rename. The row counts are
 * taken in the very snapshot pg_dump dumps (exported from a repeatable-read transaction), so they match exactly.
 *
 * A failure (missing tools included) leaves a `failed` row with the error and no folder; the row is returned, not
 * thrown, so callers report it like any outcome. Only "cannot start" conditions throw (unknown clinic, one running).
 */
export type TakeBackupOptions = {
  tenantId: string;
  kind: BackupKind;
  /** Tests: called between steps, to kill or fail a backup mid-way. */
  beforeStep?: (step: 'dump' | 'manifest') => void | Promise<void>;
  /** Called once the `running` row exists (the API answers 202 with it when a backup takes long). */
  onStarted?: (row: TenantBackup) => void;
};

export async function takeBackup(db: OwnerDb, options: TakeBackupOptions): Promise<TenantBackup> {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, options.tenantId));
  if (!tenant || tenant.status === 'DELETED') throw notFound('Tenant');
  if (tenant.status === 'PROVISIONING' || tenant.status === 'FAILED' || !tenant.dbPasswordEncrypted)
    throw conflict('INVALID_STATE', `This clinic is ${tenant.status}: there is no database to back up yet.`);
  const lock = await tryBackupLock(db, tenant.id);
  if (!lock)
    throw conflict(
      'BACKUP_IN_PROGRESS',
      'A backup of this clinic is already running. Try again when it ends.',
    );
  try {
    await sweepIncompleteBackups(db, tenant);
    const id = crypto.randomUUID();
    const startedAt = new Date();
    const folder = backupFolderName(startedAt, id);
    const [row] = await db
      .insert(tenantBackups)
      .values({
        id,
        tenantId: tenant.id,
        kind: options.kind,
        status: 'running',
        folder,
        createdAt: startedAt,
      })
      .returning();
    options.onStarted?.(row!);
    try {
      const manifest = await writeBackup(tenant, row!, options);
      const [done] = await db
        .update(tenantBackups)
        .set({
          status: 'complete',
          completedAt: new Date(manifest.finishedAt),
          databaseBytes: manifest.parts[DATABASE_PART].sizeBytes,
          filesBytes: manifest.parts[FILES_PART].sizeBytes,
          sizeBytes: manifest.parts[DATABASE_PART].sizeBytes + manifest.parts[FILES_PART].sizeBytes,
          schemaVersion: manifest.schemaVersion,
        })
        .where(eq(tenantBackups.id, id))
        .returning();
      logger.info('backup complete', { tenant: tenant.slug, backupId: id, bytes: done!.sizeBytes });
      return done!;
    } catch (error) {
      const message = errorSummary(error);
      logger.warn('backup failed', { tenant: tenant.slug, backupId: id, code: (error as AppError).code });
      await fs.rm(backupFolderPath(tenant, folder), { recursive: true, force: true }).catch(() => {});
      const [failed] = await db
        .update(tenantBackups)
        .set({ status: 'failed', error: message, completedAt: new Date() })
        .where(eq(tenantBackups.id, id))
        .returning();
      return failed!;
    }
  } finally {
    await lock.release();
  }
}

async function writeBackup(
  tenant: Tenant,
  row: TenantBackup,
  options: TakeBackupOptions,
): Promise<BackupManifest> {
  const tools = await pgTools();
  const target = backupFolderPath(tenant, row.folder);
  await fs.mkdir(target, { recursive: true, mode: 0o750 });
  await fs.mkdir(tenant.storagePath, { recursive: true, mode: 0o750 });
  await options.beforeStep?.('dump');
  const server = { host: tenant.dbHost, port: tenant.dbPort };

  const facts = await withAdminClient(
    tenant.dbName,
    async (client) => {
      const version = await client.query<{ server_version: string; num: string }>(
        `select current_setting('server_version') as server_version, current_setting('server_version_num') as num`,
      );
      const serverVersion = version.rows[0]!.server_version;
      // pg_dump refuses servers newer than itself; say which tools to install instead of its raw error.
      if (Math.floor(Number(version.rows[0]!.num) / 10000) > REQUIRED_MAJOR)
        throw pgToolsMissing(
          `The database server runs PostgreSQL ${serverVersion}, newer than pg_dump ${tools.version}.`,
        );
      await client.query('begin isolation level repeatable read read only');
      try {
        const snapshot = await client.query<{ id: string }>('select pg_export_snapshot() as id');
        const admin = clusterConfig().admin;
        // The counts run in the exported snapshot while pg_dump and tar work: same data, no extra wall time.
        const counting = (async () => {
          const tables = await countTables(client);
          // Read only when the journal exists: an error here would abort the transaction pg_dump's snapshot lives in.
          const schemaVersion = 'drizzle.__drizzle_migrations' in tables ? await appliedVersion(client) : 0;
          return { tables, schemaVersion };
        })();
        const [{ tables, schemaVersion }] = await Promise.all([
          counting,
          runPgTool(
            tools.pgDump,
            [
              '--format=custom',
              // A pre-restore copy is short-lived and taken while the clinic waits: cheap compression.
              ...(row.kind === 'pre-restore' ? ['--compress=1'] : []),
              `--snapshot=${snapshot.rows[0]!.id}`,
              '--file',
              path.join(target, DATABASE_PART),
            ],
            {
              ...server,
              user: admin.user,
              password: admin.password,
              database: tenant.dbName,
            },
          ),
          // Everything in the storage folder but backups/ (which may hold this very backup).
          runCommand('tar', [
            '-czf',
            path.join(target, FILES_PART),
            '-C',
            tenant.storagePath,
            '--exclude=./backups',
            '.',
          ]),
        ]);
        return { serverVersion, tables, schemaVersion };
      } finally {
        await client.query('rollback').catch(() => {});
      }
    },
    server,
  );

  const [database, files] = await Promise.all([
    hashFile(path.join(target, DATABASE_PART)),
    hashFile(path.join(target, FILES_PART)),
  ]);
  await options.beforeStep?.('manifest');
  const manifest: BackupManifest = {
    format: 1,
    backupId: row.id,
    tenantId: tenant.id,
    slug: tenant.slug,
    kind: row.kind,
    schemaVersion: facts.schemaVersion,
    pgDumpVersion: tools.version,
    serverVersion: facts.serverVersion,
    startedAt: row.createdAt.toISOString(),
    finishedAt: new Date().toISOString(),
    parts: { [DATABASE_PART]: database, [FILES_PART]: files },
    tables: facts.tables,
  };
  await writeManifest(target, manifest);
  return manifest;
}
