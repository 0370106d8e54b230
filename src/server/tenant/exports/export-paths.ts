import fs from 'node:fs/promises';
import path from 'node:path';
import { isInside, tenantRealRoot } from '@/server/tenant/files/tenant-paths';

const EXPORTS_FOLDER = 'exports';
/** Same rule as the data_exports_stored_name_check constraint. */
const STORED_NAME = /^[A-Za-z0-9_-]+\.zip$/;

/** STORAGE_ROOT/tenants/<slug>/exports, created on demand; refused if it is not a plain folder in the tenant root. */
export async function exportsDir(slug: string): Promise<string> {
  const root = await tenantRealRoot(slug);
  const dir = path.join(root, EXPORTS_FOLDER);
  await fs.mkdir(dir, { recursive: true, mode: 0o750 });
  const real = await fs.realpath(dir);
  if (real !== dir || !isInside(root, real)) throw new Error(`exports folder ${dir} is not a plain folder`);
  return real;
}

/** The path of a stored export; the name comes from the database row and is checked again here. */
export async function exportPath(slug: string, storedName: string): Promise<string> {
  if (!STORED_NAME.test(storedName)) throw new Error('invalid export file name');
  return path.join(await exportsDir(slug), storedName);
}
