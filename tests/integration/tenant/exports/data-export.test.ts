import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { GET as download } from '@/app/api/exports/[id]/download/route';
import { GET as listExports, POST as requestExport } from '@/app/api/exports/route';
import { startWorkers } from '@/server/operations/jobs/run-workers';
import { buildExportJob } from '@/server/operations/exports/build-export.job';
import { getTenantDatabase } from '@/server/tenancy/connections/tenant-connections';
import { files, patients, users } from '@/server/tenant/db/schema';
import { DEMO_TENANTS } from '@/server/tenant/demo/demo-catalogue';
import { seedDemoClinic } from '@/server/tenant/demo/seed-demo-clinic';
import { dataExportSchema } from '@/server/tenant/exports/export.schema';
import { EXPORT_TABLES } from '@/server/tenant/exports/export-tables';
import { expireExports } from '@/server/tenant/exports/expire-exports';
import { adminCaller, createStaff, firstPracticeId, type Caller } from '@tests/support/tenant-people-api';
import { createTestTenant, type TestTenant } from '@tests/support/tenants';

/** Every entry of a zip, by name. */
function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function downloadAs(api: Caller, id: string): Promise<Response> {
  const url = `${api.origin}/api/exports/${id}/download`;
  return download(new Request(url, { headers: { host: new URL(url).host, cookie: api.cookie ?? '' } }), {
    params: Promise.resolve({ id }),
  });
}

async function waitForExport(api: Caller, id: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const res = await api.get(listExports, '/api/exports');
    const found = res.body.data.find((e: { id: string }) => e.id === id);
    if (found && ['complete', 'failed'].includes(found.status)) return dataExportSchema.parse(found);
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('export did not finish');
}

/** Records in an RFC 4180 text (line breaks inside quotes do not end a record). */
function csvRecordCount(text: string): number {
  let records = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) records++;
  }
  return records;
}

let clinic: TestTenant;
let admin: Caller;
let stop: () => Promise<void>;
const xray = crypto.randomBytes(2048);

beforeAll(async () => {
  ({ stop } = await startWorkers([buildExportJob]));
  clinic = await createTestTenant('export');
  const db = await getTenantDatabase(clinic.tenant.id);
  await seedDemoClinic(db, { spec: DEMO_TENANTS[0]!, password: 'demo-password-123', timezone: 'UTC' });
  admin = await adminCaller(clinic);
  // Two files of one patient with the same original name, stored under generated names.
  const [patient] = await db.select().from(patients).limit(1);
  const [uploader] = await db.select().from(users).limit(1);
  const dir = path.join(clinic.tenant.storagePath, 'medical-imaging');
  await fs.mkdir(dir, { recursive: true });
  for (const [storedName, bytes] of [
    [`${crypto.randomUUID()}.png`, xray],
    [`${crypto.randomUUID()}.png`, Buffer.from('second')],
  ] as const) {
    await fs.writeFile(path.join(dir, storedName), bytes);
    await db.insert(files).values({
      patientId: patient!.id,
      practiceId: patient!.practiceId,
      category: 'medical-imaging',
      originalName: 'X-ray left leg.png',
      storedName,
      contentType: 'image/png',
      sizeBytes: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      uploadedBy: uploader!.id,
    });
  }
}, 180_000);
afterAll(async () => stop());

describe('clinic data export', () => {
  it("contains every table's rows as CSV and JSON, users without password hashes, and files per patient", async () => {
    const requested = await admin.post(requestExport, '/api/exports');
    expect(requested.status).toBe(201);
    const queued = dataExportSchema.parse(requested.body.data);
    expect(queued.status).toBe('queued');
    const again = await admin.post(requestExport, '/api/exports');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('EXPORT_IN_PROGRESS');

    const done = await waitForExport(admin, queued.id);
    expect(done).toMatchObject({ status: 'complete', progress: 100 });
    expect(done.sizeBytes).toBeGreaterThan(1000);
    expect(new Date(done.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);

    const res = await downloadAs(admin, queued.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const entries = await unzip(Buffer.from(await res.arrayBuffer()));

    const db = await getTenantDatabase(clinic.tenant.id);
    for (const table of EXPORT_TABLES) {
      const { rows } = await db.execute<{ n: number }>(
        sql`select count(*)::int as n from ${sql.identifier(table.table)}`,
      );
      const json = JSON.parse(entries.get(`tables/${table.file}.json`)!.toString('utf8')) as unknown[];
      const csv = entries.get(`tables/${table.file}.csv`)!.toString('utf8');
      expect(json.length, table.table).toBe(rows[0]!.n);
      expect(csvRecordCount(csv) - 1, table.table).toBe(rows[0]!.n); // minus the header
    }
    for (const file of [
      'clients',
      'patients',
      'weights',
      'appointments',
      'medical_records',
      'prescriptions',
      'inventory',
      'inventory_ledger',
      'users',
    ])
      expect(JSON.parse(entries.get(`tables/${file}.json`)!.toString()).length, file).toBeGreaterThan(0);

    const usersCsv = entries.get('tables/users.csv')!.toString();
    expect(usersCsv.split('\r\n')[0]).not.toContain('password_hash');
    expect(usersCsv).not.toMatch(/scrypt|argon2/);
    expect(entries.has('tables/sessions.csv')).toBe(false);

    const patientFiles = [...entries.keys()].filter((name) => name.startsWith('patients/'));
    expect(patientFiles.map((n) => path.basename(n)).sort()).toEqual([
      'X-ray left leg (2).png',
      'X-ray left leg.png',
    ]);
    expect(new Set(patientFiles.map((n) => path.dirname(n))).size).toBe(1);
    expect(entries.get(patientFiles.find((n) => n.endsWith('leg.png'))!)!.equals(xray)).toBe(true);
    expect(JSON.parse(entries.get('manifest.json')!.toString())).toMatchObject({ files: 2, missingFiles: 0 });
  });

  it("another clinic's admin gets 404, and staff who are not admins get 403", async () => {
    const list = await admin.get(listExports, '/api/exports');
    const id = list.body.data[0].id as string;
    const other = await createTestTenant('export-other');
    const otherAdmin = await adminCaller(other);
    expect((await downloadAs(otherAdmin, id)).status).toBe(404);
    expect((await otherAdmin.get(listExports, '/api/exports')).body.data).toEqual([]);

    const practiceId = await firstPracticeId(admin);
    for (const role of ['VETERINARIAN', 'TECHNICIAN', 'RECEPTIONIST'] as const) {
      const staff = await createStaff(admin, role, [practiceId]);
      expect((await staff.api.get(listExports, '/api/exports')).status, role).toBe(403);
      expect((await staff.api.post(requestExport, '/api/exports')).status, role).toBe(403);
      expect((await downloadAs(staff.api, id)).status, role).toBe(403);
    }
  });

  it('after 7 days the expiry deletes the zip, and the export reads as expired (410)', async () => {
    const db = await getTenantDatabase(clinic.tenant.id);
    const list = await admin.get(listExports, '/api/exports');
    const id = list.body.data[0].id as string;
    await db.execute(sql`update data_exports set expires_at = now() - interval '1 minute' where id = ${id}`);
    expect((await admin.get(listExports, '/api/exports')).body.data[0].status).toBe('expired');
    expect(await expireExports(db, { tenantSlug: clinic.slug })).toBe(1);
    expect(await fs.readdir(path.join(clinic.tenant.storagePath, 'exports'))).toEqual([]);
    const res = await downloadAs(admin, id);
    expect(res.status).toBe(410);
    expect(await expireExports(db, { tenantSlug: clinic.slug })).toBe(0);
  });
});
