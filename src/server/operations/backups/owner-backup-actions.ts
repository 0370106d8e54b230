import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenants, type TenantBackup } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { conflict, notFound } from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import { backupRoot } from './backup-location';
import { deleteManualBackup } from './delete-backup';
import { getBackup } from './list-backups';
import { takeBackup } from './take-backup';

/**
 * The owner console's backup actions, each audited: back up now, delete a manual backup, download one.
 */

/** How long "back up now" waits for the backup before answering 202 with the running row. */
const WAIT_MS = 25_000;

export async function backUpNow(
  db: OwnerDb,
  options: { tenantId: string; context: OwnerActionContext },
): Promise<{ backup: TenantBackup; finished: boolean }> {
  let started: TenantBackup | undefined;
  const run = takeBackup(db, {
    tenantId: options.tenantId,
    kind: 'manual',
    onStarted: (row) => (started = row),
  });
  const audit = (backup: TenantBackup) =>
    auditAction(db, options.context, {
      action: 'tenant.backup',
      targetType: 'tenant',
      targetId: options.tenantId,
      details: {
        backupId: backup.id,
        status: backup.status,
        ...(backup.error ? { outcome: 'FAILED', error: backup.error } : {}),
      },
    });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), WAIT_MS)));
  const first = await Promise.race([run, timeout]).finally(() => clearTimeout(timer));
  if (first) {
    await audit(first);
    return { backup: first, finished: true };
  }
  // Still running: it finishes in this process; the audit entry is written when it does.
  run
    .then(audit)
    .catch((error: unknown) =>
      logger.error('background backup failed', { tenantId: options.tenantId, error }),
    );
  return { backup: started!, finished: false };
}

export async function deleteBackupAudited(
  db: OwnerDb,
  options: { tenantId: string; backupId: string; context: OwnerActionContext },
): Promise<TenantBackup> {
  const removed = await deleteManualBackup(db, options);
  await auditAction(db, options.context, {
    action: 'tenant.backup_delete',
    targetType: 'tenant',
    targetId: options.tenantId,
    details: { backupId: removed.id, createdAt: removed.createdAt.toISOString() },
  });
  return removed;
}

/** An uncompressed tar of the backup's folder (its parts are compressed already), streamed as tar writes it. */
export async function downloadBackup(
  db: OwnerDb,
  options: { tenantId: string; backupId: string; context: OwnerActionContext },
): Promise<Response> {
  const backup = await getBackup(db, options);
  if (backup.status !== 'complete')
    throw conflict(
      'BACKUP_NOT_COMPLETE',
      `This backup is ${backup.status}; only a complete backup can be downloaded.`,
    );
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, options.tenantId));
  if (!tenant) throw notFound('Tenant');
  await auditAction(db, options.context, {
    action: 'tenant.backup_download',
    targetType: 'tenant',
    targetId: tenant.id,
    details: { backupId: backup.id },
  });
  const tar = spawn('tar', ['-cf', '-', '-C', backupRoot(tenant), backup.folder], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const body = Readable.toWeb(tar.stdout) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      'content-type': 'application/x-tar',
      'content-disposition': `attachment; filename="${tenant.slug}-${backup.folder}.tar"`,
      'cache-control': 'private, no-store',
      ...(backup.sizeBytes ? { 'x-backup-size-bytes': String(backup.sizeBytes) } : {}),
    },
  });
}
