import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { asc } from 'drizzle-orm';
import yazl from 'yazl';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { files, patients } from '@/server/tenant/db/schema';
import { resolveStoredFile } from '@/server/tenant/files/tenant-paths';
import { EXPORT_TABLES, type ExportTable } from './export-tables';
import { csvLine } from './to-csv';

const BATCH_ROWS = 1000;
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export type ExportSummary = { tables: Record<string, number>; files: number; missingFiles: number };

/**
 * Writes a clinic's data export to `zipPath`: per table a CSV and a JSON file (rows in primary-key order, read
 * in batches so memory stays flat), then every stored file in one folder per patient under its original name,
 * and a manifest with row counts. Tables are staged in `workDir` (inside the clinic's folder) and streamed into
 * the zip; `onProgress` gets 0–100 as tables and files are done.
 */
export async function buildExportZip(
  db: TenantDb,
  options: {
    tenantSlug: string;
    zipPath: string;
    workDir: string;
    onProgress?: (percent: number) => Promise<void>;
  },
): Promise<ExportSummary> {
  await fs.mkdir(options.workDir, { recursive: true, mode: 0o750 });
  const stored = await db
    .select({
      category: files.category,
      storedName: files.storedName,
      originalName: files.originalName,
      patientId: files.patientId,
    })
    .from(files)
    .orderBy(asc(files.createdAt), asc(files.id));
  const patientNames = new Map(
    (await db.select({ id: patients.id, name: patients.name }).from(patients)).map((p) => [p.id, p.name]),
  );
  const totalSteps = EXPORT_TABLES.length + stored.length + 1;
  let done = 0;
  let reported = -1;
  const step = async () => {
    done++;
    const percent = Math.min(99, Math.floor((done / totalSteps) * 100));
    if (options.onProgress && percent >= reported + 5) {
      reported = percent;
      await options.onProgress(percent);
    }
  };

  const zip = new yazl.ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(options.zipPath, { mode: 0o640 }));
  const summary: ExportSummary = { tables: {}, files: 0, missingFiles: 0 };
  try {
    for (const table of EXPORT_TABLES) {
      const { csvPath, jsonPath, rows } = await stageTable(db, table, options.workDir);
      zip.addFile(csvPath, `tables/${table.file}.csv`);
      zip.addFile(jsonPath, `tables/${table.file}.json`);
      summary.tables[table.file] = rows;
      await step();
    }
    const usedNames = new Map<string, Set<string>>();
    for (const file of stored) {
      let realPath: string;
      try {
        realPath = await resolveStoredFile(options.tenantSlug, file.category, file.storedName);
      } catch {
        summary.missingFiles++; // listed in files.csv; its bytes are gone from disk
        await step();
        continue;
      }
      const folder = file.patientId
        ? `patients/${safeName(patientNames.get(file.patientId) ?? 'patient')}-${file.patientId}`
        : 'clinic-files';
      zip.addFile(realPath, `${folder}/${uniqueName(usedNames, folder, safeName(file.originalName))}`);
      summary.files++;
      await step();
    }
    zip.addBuffer(
      Buffer.from(
        JSON.stringify(
          { format: 'smartdmv-export/1', createdAt: new Date().toISOString(), ...summary },
          null,
          2,
        ),
      ),
      'manifest.json',
    );
    zip.end();
    await written;
  } catch (error) {
    (zip.outputStream as unknown as Readable).destroy();
    await written.catch(() => {});
    throw error;
  } finally {
    await fs.rm(options.workDir, { recursive: true, force: true });
  }
  return summary;
}

/** Writes one table as CSV and JSON files, reading it in primary-key batches. */
async function stageTable(
  db: TenantDb,
  table: ExportTable,
  workDir: string,
): Promise<{ csvPath: string; jsonPath: string; rows: number }> {
  for (const name of [table.table, ...table.orderBy])
    if (!IDENTIFIER.test(name)) throw new Error(`bad export identifier ${name}`);
  const csvPath = path.join(workDir, `${table.file}.csv`);
  const jsonPath = path.join(workDir, `${table.file}.json`);
  const csv = createWriteStream(csvPath);
  const json = createWriteStream(jsonPath);
  const write = async (stream: NodeJS.WritableStream, chunk: string) => {
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  const omit = new Set(table.omit ?? []);
  const order = table.orderBy.map((c) => `"${c}"`).join(', ');
  let rows = 0;
  let columns: string[] | null = null;
  await write(json, '[');
  for (let offset = 0; ; offset += BATCH_ROWS) {
    const result = await db.$client.query<Record<string, unknown>>(
      `select * from "${table.table}" order by ${order} limit $1 offset $2`,
      [BATCH_ROWS, offset],
    );
    if (!columns) {
      columns = result.fields.map((f) => f.name).filter((name) => !omit.has(name));
      await write(csv, csvLine(columns));
    }
    for (const row of result.rows) {
      const kept = Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
      await write(csv, csvLine(columns.map((c) => kept[c])));
      await write(json, `${rows === 0 ? '\n' : ',\n'}  ${JSON.stringify(kept)}`);
      rows++;
    }
    if (result.rows.length < BATCH_ROWS) break;
  }
  await write(json, rows === 0 ? ']\n' : '\n]\n');
  csv.end();
  json.end();
  await Promise.all([once(csv, 'finish'), once(json, 'finish')]);
  return { csvPath, jsonPath, rows };
}

/** A name that is safe as one path segment in a zip on any system; the original where it already is. */
function safeName(name: string): string {
  const clean = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]/gu, '_')
    .trim()
    .slice(0, 200);
  return clean === '' || clean === '.' || clean === '..' ? 'file' : clean;
}

/** Two files of one patient with the same name become `scan.png` and `scan (2).png`. */
function uniqueName(used: Map<string, Set<string>>, folder: string, name: string): string {
  const names = used.get(folder) ?? new Set<string>();
  used.set(folder, names);
  let candidate = name;
  const ext = path.extname(name);
  const base = ext ? name.slice(0, -ext.length) : name;
  for (let n = 2; names.has(candidate.toLowerCase()); n++) candidate = `${base} (${n})${ext}`;
  names.add(candidate.toLowerCase());
  return candidate;
}
