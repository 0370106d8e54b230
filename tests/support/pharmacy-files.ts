import fs from 'node:fs';
import path from 'node:path';
import { POST as uploadRoute } from '@/app/api/files/route';
import { callRoute, type CallResult } from './http';
import type { TestTenant } from './tenants';

/** Sample file contents for upload tests: real magic bytes, so type detection sees what a browser would send. */
export const SAMPLES = {
  // A 1×1 transparent PNG.
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
  pdf: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  // DICOM Part 10: a 128-byte preamble, then "DICM".
  dicom: Buffer.concat([
    Buffer.alloc(128),
    Buffer.from('DICM'),
    Buffer.from([0x02, 0x00, 0x00, 0x00, 0x55, 0x4c, 0x04, 0x00]),
  ]),
  text: Buffer.from('Röntgenbefund: keine Auffälligkeiten.\n', 'utf8'),
  textWithNul: Buffer.from('looks like text\u0000but is not\n', 'utf8'),
  // A Windows executable header and an ELF header: must never pass as an image.
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200, 0x90)]),
  elf: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]), Buffer.alloc(200)]),
};

export function uploadForm(bytes: Buffer, name: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return form;
}

export function upload(
  t: TestTenant,
  cookie: string | undefined,
  form: FormData | undefined,
  headers?: Record<string, string>,
): Promise<CallResult> {
  return callRoute(uploadRoute, {
    method: 'POST',
    url: `${t.origin}/api/files`,
    cookie,
    body: form,
    headers,
  });
}

/** Every file under the tenant's folder (recursive), relative paths, including the upload staging folder. */
export function filesOnDisk(slug: string): string[] {
  const root = path.join(process.env.STORAGE_ROOT!, 'tenants', slug);
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

export function tenantFolder(slug: string): string {
  return path.join(process.env.STORAGE_ROOT!, 'tenants', slug);
}
