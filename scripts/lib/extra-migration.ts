import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TENANT_MIGRATIONS } from '../../src/server/tenancy/migrations/run-migrations';

/**
 * A throwaway copy of the tenant migrations folder with one more migration appended to its drizzle journal: how the
 * tests and the benchmark roll out "a new migration" without touching the committed `drizzle/tenant`.
 * Never point a real deployment at it: its bookkeeping row would mark a migration no committed file has.
 */
export type ExtraMigration = { folder: string; tag: string; remove: () => void };

type Journal = {
  version: string;
  dialect: string;
  entries: Array<{ idx: number; version: string; when: number; tag: string; breakpoints: boolean }>;
};

export function createExtraMigrationFolder(
  name: string,
  statements: string[],
  source = TENANT_MIGRATIONS,
): ExtraMigration {
  if (!/^[a-z0-9_]+$/.test(name))
    throw new Error('migration name: lower-case letters, digits and underscores only');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'smartdmv-migrations-'));
  fs.cpSync(source, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as Journal;
  const last = journal.entries[journal.entries.length - 1];
  const idx = (last?.idx ?? -1) + 1;
  const tag = `${String(idx).padStart(4, '0')}_${name}`;
  // drizzle applies migrations newer than the newest applied one, so this one must sort after every committed one.
  const when = Math.max(Date.now(), (last?.when ?? 0) + 1);
  journal.entries.push({ idx, version: last?.version ?? '7', when, tag, breakpoints: true });
  fs.writeFileSync(journalPath, JSON.stringify(journal, null, 2));
  fs.writeFileSync(path.join(folder, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n'));
  return { folder, tag, remove: () => fs.rmSync(folder, { recursive: true, force: true }) };
}
