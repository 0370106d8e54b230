import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Total size in bytes of the regular files under a folder (0 when it does not exist). Symbolic links are counted
 * as themselves and never followed, so a link cannot make us walk (or measure) anything outside the folder.
 */
export async function measureFolderBytes(root: string): Promise<number> {
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const sizes = await Promise.all(
      entries.map(async (entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          pending.push(full);
          return 0;
        }
        if (!entry.isFile()) return 0;
        try {
          return (await fs.lstat(full)).size;
        } catch {
          return 0; // removed while we walked
        }
      }),
    );
    for (const size of sizes) total += size;
  }
  return total;
}
