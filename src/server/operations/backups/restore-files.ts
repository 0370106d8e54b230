import fs from 'node:fs/promises';
import path from 'node:path';
import { storageRoot, TENANT_FOLDERS } from '@/server/tenancy/provisioning/storage';
import { FILES_PART } from './backup-location';
import { runCommand } from './pg-tools';

/**
 * The files half of a restore: files.tar.gz is unpacked into a staging folder beside the clinic's storage (same
 * file system, so the swap is renames only), and swapped in folder by folder. `backups/` is never touched.
 */

export function stagingPath(slug: string, restoreId: string): string {
  return path.join(storageRoot(), 'restore-staging', `${slug}-${restoreId}`);
}

export async function extractFiles(backupFolder: string, into: string): Promise<void> {
  await fs.rm(into, { recursive: true, force: true });
  await fs.mkdir(into, { recursive: true, mode: 0o750 });
  await runCommand('tar', ['-xzf', path.join(backupFolder, FILES_PART), '-C', into]);
  // A backup taken before a folder existed still restores to the full layout.
  for (const folder of TENANT_FOLDERS)
    await fs.mkdir(path.join(into, folder), { recursive: true, mode: 0o750 });
}

export type FileSwap = { asidePath: string; moves: Array<{ from: string; to: string }> };

/**
 * Moves the clinic's current folders (all but backups/) to `asidePath`, then the staged ones into their place.
 * Returns what moved so `undoFileSwap` can put everything back.
 */
export async function swapFiles(live: string, staged: string, asidePath: string): Promise<FileSwap> {
  const swap: FileSwap = { asidePath, moves: [] };
  try {
    await fs.mkdir(asidePath, { recursive: true, mode: 0o750 });
    await fs.mkdir(live, { recursive: true, mode: 0o750 });
    for (const name of await fs.readdir(live)) {
      if (name === 'backups') continue;
      const move = { from: path.join(live, name), to: path.join(asidePath, name) };
      await fs.rename(move.from, move.to);
      swap.moves.push(move);
    }
    for (const name of await fs.readdir(staged)) {
      if (name === 'backups') continue;
      const move = { from: path.join(staged, name), to: path.join(live, name) };
      await fs.rename(move.from, move.to);
      swap.moves.push(move);
    }
    return swap;
  } catch (error) {
    await undoFileSwap(swap);
    throw error;
  }
}

export async function undoFileSwap(swap: FileSwap): Promise<void> {
  for (const move of [...swap.moves].reverse()) await fs.rename(move.to, move.from);
  swap.moves = [];
}
