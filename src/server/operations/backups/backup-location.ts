import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { env, resolveFromCwd } from '@/env';
import type { Tenant } from '@/server/owner/db/schema';

/**
 * Where a clinic's backups live: its storage folder's `backups/` (which moves with the storage when the clinic is
 * deleted and archived), or `BACKUP_ROOT/<tenant id>/` when BACKUP_ROOT is set (e.g. a network volume).
 */
export function backupRoot(tenant: Pick<Tenant, 'id' | 'storagePath'>): string {
  const root = env().BACKUP_ROOT;
  return root ? path.join(resolveFromCwd(root), tenant.id) : path.join(tenant.storagePath, 'backups');
}

export function backupFolderPath(tenant: Pick<Tenant, 'id' | 'storagePath'>, folder: string): string {
  return path.join(backupRoot(tenant), folder);
}

/** `<UTC timestamp>-<id>`, e.g. `20261201T020000Z-1b2c…`: sorts by time, and names its record. */
export function backupFolderName(startedAt: Date, backupId: string): string {
  const stamp = startedAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return `${stamp}-${backupId}`;
}

export const DATABASE_PART = 'database.dump';
export const FILES_PART = 'files.tar.gz';
export const MANIFEST_FILE = 'manifest.json';

/** SHA-256 and size of a file, streamed (parts may be gigabytes). */
export async function hashFile(file: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = crypto.createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    sizeBytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}
