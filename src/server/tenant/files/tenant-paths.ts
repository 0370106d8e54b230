import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import { tenantStoragePath } from '@/server/tenancy/provisioning/storage';
import { FILE_CATEGORIES, type FileCategory } from '@/server/tenant/db/schema';

/**
 * The only way file code turns database values into disk paths. Paths are never built from request input: only
 * from the tenant's slug (resolved from the Host), a category from the fixed list and a stored name we generated,
 * each validated again here. Every path is resolved with realpath and must lie inside the tenant's own folder,
 * so a symlink planted in the folder cannot lead anywhere else.
 */

const SLUG = /^[a-z][a-z0-9-]{1,39}$/;
/** Same rule as the files_stored_name_check constraint. */
const STORED_NAME = /^[A-Za-z0-9_-]+(\.[a-z0-9]+)?$/;
const STAGING_FOLDER = '.incoming';

/** A stored file whose path fails a check: logged as a possible attack, answered as "not found". */
function refused(reason: string, fields: Record<string, unknown>): AppError {
  logger.warn('file path refused', { reason, ...fields });
  return new AppError(404, 'NOT_FOUND', 'File not found.');
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The tenant folder with every symlink resolved: the prefix all file paths are checked against. */
export async function tenantRealRoot(slug: string): Promise<string> {
  if (!SLUG.test(slug)) throw refused('bad slug', { slug });
  const root = tenantStoragePath(slug);
  await fs.mkdir(root, { recursive: true, mode: 0o750 });
  return fs.realpath(root);
}

async function checkedDir(root: string, name: string, create: boolean): Promise<string> {
  const dir = path.join(root, name);
  if (create) await fs.mkdir(dir, { recursive: true, mode: 0o750 });
  const real = await fs.realpath(dir);
  // We never create symlinks, so a folder that resolves anywhere but itself was tampered with: refuse, never follow.
  // Reading answers "not found"; writing is a server fault (500, logged) the operator must look at.
  if (real !== dir || !isInside(root, real)) {
    const error = refused('folder is a symlink', { dir, real });
    throw create ? new Error(`storage folder ${dir} is not a plain folder inside the tenant root`) : error;
  }
  return real;
}

export async function categoryDir(
  slug: string,
  category: FileCategory,
  options: { create: boolean },
): Promise<string> {
  if (!(FILE_CATEGORIES as readonly string[]).includes(category))
    throw refused('bad category', { slug, category });
  return checkedDir(await tenantRealRoot(slug), category, options.create);
}

/** Where uploads are streamed before they are checked: inside the tenant folder, so the final rename is atomic. */
export async function stagingDir(slug: string): Promise<string> {
  const dir = await checkedDir(await tenantRealRoot(slug), STAGING_FOLDER, true);
  void sweepStaleParts(dir);
  return dir;
}

const STALE_PART_MS = 60 * 60 * 1000;

/**
 * Removes the upload parts of a tenant that are over an hour old (abandoned by a crashed process or a dropped
 * connection). Run by the housekeeping job for every clinic; returns how many were removed.
 */
export async function sweepStaleUploads(slug: string): Promise<number> {
  return sweepStaleParts(await checkedDir(await tenantRealRoot(slug), STAGING_FOLDER, true));
}

/** Failed uploads clean up after themselves; this catches the parts a crashed process left behind. */
async function sweepStaleParts(dir: string): Promise<number> {
  let removed = 0;
  try {
    const cutoff = Date.now() - STALE_PART_MS;
    for (const name of await fs.readdir(dir)) {
      if (!name.endsWith('.part')) continue;
      const file = path.join(dir, name);
      const stat = await fs.lstat(file).catch(() => null);
      if (stat && stat.isFile() && stat.mtimeMs < cutoff) {
        await fs.rm(file, { force: true });
        removed++;
      }
    }
  } catch (error) {
    logger.warn('could not sweep stale uploads', { dir, error });
  }
  return removed;
}

/**
 * The real path of a stored file, after checking that it resolves to itself inside its category folder of this
 * tenant (no symlink anywhere on the way). Anything else is 404.
 */
export async function resolveStoredFile(
  slug: string,
  category: FileCategory,
  storedName: string,
): Promise<string> {
  if (!STORED_NAME.test(storedName)) throw refused('bad stored name', { slug, storedName });
  let dir: string;
  let real: string;
  try {
    dir = await categoryDir(slug, category, { create: false });
    real = await fs.realpath(path.join(dir, storedName));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(404, 'NOT_FOUND', 'File not found.');
  }
  if (real !== path.join(dir, storedName) || !isInside(dir, real))
    throw refused('file is a symlink', { slug, category, storedName, real });
  return real;
}

/** Path of a stored name in a category folder without following it (for unlink, which never follows symlinks). */
export async function storedFileLink(
  slug: string,
  category: FileCategory,
  storedName: string,
): Promise<string> {
  if (!STORED_NAME.test(storedName)) throw refused('bad stored name', { slug, storedName });
  return path.join(await categoryDir(slug, category, { create: false }), storedName);
}
