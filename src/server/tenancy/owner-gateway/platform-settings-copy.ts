import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { logger } from '@/server/shared/logger';
import { dataDir } from '../cluster/cluster';

/**
 * A copy of the platform settings on disk (DATA_DIR/platform-settings.json), so a process started while the owner
 * database is unreachable can still show the operator's support address on the outage page. It holds only what
 * clinic pages show anyway (no secrets), is written whenever a read from the database finds it different, and is
 * replaced by rename so a reader never sees half a file.
 */
const copySchema = z.object({
  supportEmail: z.string().nullable(),
  maintenanceBanner: z.string().nullable(),
  signupsOpen: z.boolean(),
  defaultPlanCode: z.string(),
});
export type SettingsCopy = z.output<typeof copySchema>;

const FILE_NAME = 'platform-settings.json';
let lastWritten: string | undefined;

function copyPath(): string {
  return path.join(dataDir(), FILE_NAME);
}

/** The saved copy, or null when there is none (or it cannot be read or parsed). Synchronous: no database, no wait. */
export function readSettingsCopy(): SettingsCopy | null {
  try {
    const parsed = copySchema.safeParse(JSON.parse(fs.readFileSync(copyPath(), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Saves the copy when it changed since this process last wrote it. Never throws: the copy is a convenience. */
export async function saveSettingsCopy(value: SettingsCopy): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (text === lastWritten) return;
  const file = copyPath();
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await fs.promises.writeFile(temporary, text, { mode: 0o644 });
    await fs.promises.rename(temporary, file);
    lastWritten = text;
  } catch (error) {
    logger.warn('could not save the platform settings copy', {
      error: error instanceof Error ? error.name : 'unknown',
    });
    await fs.promises.rm(temporary, { force: true }).catch(() => undefined);
  }
}
