import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getTenantDatabase } from '@/server/tenancy/connections/tenant-connections';
import { DEMO_TENANTS } from '@/server/tenant/demo/demo-catalogue';
import { seedDemoClinic } from '@/server/tenant/demo/seed-demo-clinic';
import { adminQuery } from './core-admin';
import { createTestTenant, type TestTenant } from './tenants';

/** A clinic full of realistic data (the demo seed: records, amendments, ledger…) and a few files on disk. */
export async function createFilledClinic(prefix = 'bk'): Promise<TestTenant> {
  const clinic = await createTestTenant(prefix);
  const db = await getTenantDatabase(clinic.tenant.id);
  await seedDemoClinic(db, {
    spec: DEMO_TENANTS[0]!,
    password: 'demo-password-123',
    timezone: 'UTC',
    now: new Date('2026-03-11T13:00:00Z'),
  });
  const root = clinic.tenant.storagePath;
  fs.writeFileSync(path.join(root, 'documents', 'consent.pdf'), crypto.randomBytes(50_000));
  fs.mkdirSync(path.join(root, 'medical-imaging', 'p1'), { recursive: true });
  fs.writeFileSync(path.join(root, 'medical-imaging', 'p1', 'x-ray.dcm'), crypto.randomBytes(120_000));
  return clinic;
}

/** Every public table's full contents (rows sorted by their text), every sequence's state. */
export async function databaseSnapshot(database: string): Promise<Record<string, unknown>> {
  const tables = await adminQuery<{ tablename: string }>(
    database,
    `select tablename from pg_tables where schemaname = 'public' order by tablename`,
  );
  const snapshot: Record<string, unknown> = {};
  for (const { tablename } of tables) {
    const rows = await adminQuery<{ data: unknown }>(
      database,
      `select coalesce(json_agg(t order by t::text), '[]'::json) as data from public."${tablename}" t`,
    );
    snapshot[tablename] = rows[0]!.data;
  }
  snapshot['(sequences)'] = await adminQuery(
    database,
    `select schemaname, sequencename, last_value from pg_sequences order by 1, 2`,
  );
  return snapshot;
}

/** Relative path → SHA-256 of every file under the clinic's storage, except backups/. */
export function filesSnapshot(root: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, full);
    if (relative.startsWith('backups')) continue;
    result[relative] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return result;
}
