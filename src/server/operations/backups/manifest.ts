import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '@/server/shared/errors';
import { DATABASE_PART, FILES_PART, hashFile, MANIFEST_FILE } from './backup-location';

/**
 * manifest.json: what a backup holds and how to check it. Written last, by an atomic rename, so its presence is
 * what makes a folder a backup.
 */
const part = z.object({
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const manifestSchema = z.object({
  format: z.literal(1),
  backupId: z.uuid(),
  tenantId: z.uuid(),
  slug: z.string(),
  kind: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  pgDumpVersion: z.string(),
  serverVersion: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  parts: z.object({ [DATABASE_PART]: part, [FILES_PART]: part }),
  /** Row count of every table (schema-qualified when not in public), taken in pg_dump's own snapshot. */
  tables: z.record(z.string(), z.number().int().nonnegative()),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

export async function writeManifest(folder: string, manifest: BackupManifest): Promise<void> {
  const temporary = path.join(folder, `${MANIFEST_FILE}.partial`);
  const handle = await fs.open(temporary, 'w', 0o640);
  try {
    await handle.writeFile(JSON.stringify(manifest, null, 2));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temporary, path.join(folder, MANIFEST_FILE));
}

export async function hasManifest(folder: string): Promise<boolean> {
  return fs.access(path.join(folder, MANIFEST_FILE)).then(
    () => true,
    () => false,
  );
}

const corrupt = (message: string) => new AppError(422, 'BACKUP_CORRUPT', message);

/** Reads the manifest, refusing (422 BACKUP_CORRUPT) a missing or unreadable one. */
export async function readManifest(folder: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await fs.readFile(path.join(folder, MANIFEST_FILE), 'utf8');
  } catch {
    throw corrupt('This backup has no manifest (it is incomplete or its files were removed).');
  }
  try {
    return manifestSchema.parse(JSON.parse(text));
  } catch {
    throw corrupt('This backup’s manifest is unreadable.');
  }
}

/** Checks every part's size and SHA-256 against the manifest (422 BACKUP_CORRUPT on any difference). */
export async function verifyParts(folder: string, manifest: BackupManifest): Promise<void> {
  for (const [name, expected] of Object.entries(manifest.parts)) {
    let actual;
    try {
      actual = await hashFile(path.join(folder, name));
    } catch {
      throw corrupt(`This backup is missing ${name}.`);
    }
    if (actual.sizeBytes !== expected.sizeBytes || actual.sha256 !== expected.sha256)
      throw corrupt(
        `${name} does not match its manifest (size or SHA-256 differs): the archive is corrupt or truncated.`,
      );
  }
}
