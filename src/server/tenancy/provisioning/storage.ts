import fs from 'node:fs/promises';
import path from 'node:path';
import { env, resolveFromCwd } from '@/env';

/** Per-tenant folders, as the seed's guide lays them out. */
export const TENANT_FOLDERS = ['practices', 'medical-imaging', 'documents', 'uploads', 'backups'] as const;

export function storageRoot(): string {
  return resolveFromCwd(env().STORAGE_ROOT);
}

export function tenantStoragePath(slug: string): string {
  return path.join(storageRoot(), 'tenants', slug);
}

export async function pathExists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

export async function createTenantFolders(slug: string): Promise<void> {
  const root = tenantStoragePath(slug);
  // 0o750: the app's user only, never world-readable (medical images live here).
  for (const folder of TENANT_FOLDERS)
    await fs.mkdir(path.join(root, folder), { recursive: true, mode: 0o750 });
}

export async function removeTenantFolders(slug: string): Promise<void> {
  await fs.rm(tenantStoragePath(slug), { recursive: true, force: true });
}

/** Moves a deleted tenant's files to STORAGE_ROOT/archive/<slug>-<timestamp>; nothing is deleted. */
export async function archiveTenantFolders(slug: string, now = new Date()): Promise<string | null> {
  const source = tenantStoragePath(slug);
  if (!(await pathExists(source))) return null;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(storageRoot(), 'archive', `${slug}-${stamp}`);
  await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o750 });
  await fs.rename(source, target);
  return target;
}
