import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DELETE as deleteFile, GET as download } from '@/app/api/files/[id]/route';
import { files } from '@/server/tenant/db/schema';
import { callRoute } from '@tests/support/http';
import { filesOnDisk, SAMPLES, tenantFolder, upload, uploadForm } from '@tests/support/pharmacy-files';
import { createPharmacyTenant, createStaff, tenantDb } from '@tests/support/pharmacy-fixtures';
import type { TestTenant } from '@tests/support/tenants';

function get(t: TestTenant, id: string, cookie?: string) {
  return callRoute(download, {
    url: `${t.origin}/api/files/${encodeURIComponent(id)}`,
    cookie,
    params: { id },
  });
}

async function uploadPng(t: TestTenant, cookie: string): Promise<string> {
  const res = await upload(t, cookie, uploadForm(SAMPLES.png, 'scan.png'));
  expect(res.status).toBe(201);
  return res.body.data.id;
}

async function storedPath(t: TestTenant, id: string): Promise<string> {
  const db = await tenantDb(t);
  const [row] = await db.select().from(files).where(eq(files.id, id));
  return path.join(tenantFolder(t.slug), row!.category, row!.storedName);
}

/** A file outside every tenant folder that no download may ever return. */
function secretOutside(): { file: string; dir: string; content: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
  const content = `top secret ${Math.random()}`;
  const file = path.join(dir, 'secret.txt');
  fs.writeFileSync(file, content);
  return { file, dir, content };
}

describe('file access', () => {
  it('serves files only to signed-in users of the owning tenant', async () => {
    const a = await createPharmacyTenant('file-a');
    const b = await createPharmacyTenant('file-b');
    const id = await uploadPng(a.t, a.vet.cookie);

    expect((await get(a.t, id)).status).toBe(401);
    expect((await get(a.t, id, a.receptionist.cookie)).status).toBe(200);
    // B's users asking B's host for A's id: that id does not exist there.
    const otherTenant = await get(b.t, id, b.vet.cookie);
    expect(otherTenant.status).toBe(404);
    // A's session is worthless on B's host.
    expect((await get(b.t, id, a.vet.cookie)).status).toBe(401);
  });

  it('answers 404 to path traversal attempts in the id', async () => {
    const { t, vet } = await createPharmacyTenant('file-trav');
    await uploadPng(t, vet.cookie);
    for (const id of [
      '../../etc/passwd',
      '..%2F..%2Fetc%2Fpasswd',
      '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '..\\..\\etc\\passwd',
      '....//....//etc/passwd',
      '/etc/passwd',
      'medical-imaging/../../../etc/passwd',
    ]) {
      const res = await get(t, id, vet.cookie);
      expect(res.status, id).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('root:');
    }
  });

  it('refuses a stored file replaced by a symlink pointing outside the tenant folder', async () => {
    const { t, vet } = await createPharmacyTenant('file-link');
    const id = await uploadPng(t, vet.cookie);
    const secret = secretOutside();
    const stored = await storedPath(t, id);
    fs.rmSync(stored);
    fs.symlinkSync(secret.file, stored);

    const res = await get(t, id, vet.cookie);
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain(secret.content);
  });

  it('refuses a category folder replaced by a symlink pointing outside the tenant folder', async () => {
    const { t, vet } = await createPharmacyTenant('file-dirlink');
    const id = await uploadPng(t, vet.cookie);
    const secret = secretOutside();
    const stored = await storedPath(t, id);
    const folder = path.dirname(stored);
    // The outside folder holds a file under the very name the database points at.
    fs.renameSync(stored, path.join(secret.dir, path.basename(stored)));
    fs.rmSync(folder, { recursive: true });
    fs.symlinkSync(secret.dir, folder);

    expect((await get(t, id, vet.cookie)).status).toBe(404);
    // Uploads into the hijacked folder fail too (a server fault, not the client's), and nothing lands outside.
    const again = await upload(t, vet.cookie, uploadForm(SAMPLES.png, 'again.png'));
    expect(again.status).toBe(500);
    expect(fs.readdirSync(secret.dir).sort()).toEqual([path.basename(stored), 'secret.txt'].sort());
  });

  it('lets the uploader or an admin delete a file, and no one else', async () => {
    const { t, tech, vet, admin } = await createPharmacyTenant('file-del');
    const colleague = await createStaff(t, 'TECHNICIAN');
    const mine = await uploadPng(t, tech.cookie);
    const other = await uploadPng(t, vet.cookie);
    const del = (id: string, cookie: string) =>
      callRoute(deleteFile, { method: 'DELETE', url: `${t.origin}/api/files/${id}`, cookie, params: { id } });

    expect((await del(mine, colleague.cookie)).status).toBe(403);
    expect((await del(mine, tech.cookie)).status).toBe(204);
    expect((await get(t, mine, tech.cookie)).status).toBe(404);
    expect((await del(other, admin)).status).toBe(204);
    expect(filesOnDisk(t.slug)).toEqual([]);
    expect((await del(other, admin)).status).toBe(404);
  });
});
