import crypto from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { GET as listFiles } from '@/app/api/files/route';
import { GET as download } from '@/app/api/files/[id]/route';
import { resetEnvForTests } from '@/env';
import { medicalRecords } from '@/server/tenant/db/schema';
import { callRoute } from '@tests/support/http';
import { filesOnDisk, SAMPLES, upload, uploadForm } from '@tests/support/pharmacy-files';
import { addPractice, createPatient, createPharmacyTenant, tenantDb } from '@tests/support/pharmacy-fixtures';

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

describe('file upload', () => {
  afterEach(() => {
    delete process.env.MAX_UPLOAD_BYTES;
    resetEnvForTests();
  });

  it('stores a PNG under a generated name, records it for the patient and serves it back with safe headers', async () => {
    const { t, receptionist, tech, patient } = await createPharmacyTenant('file-png');
    const res = await upload(
      t,
      receptionist.cookie,
      uploadForm(SAMPLES.png, 'Rex chest.png', { patientId: patient.id, category: 'medical-imaging' }),
    );
    expect(res.status).toBe(201);
    const file = res.body.data;
    expect(file).toMatchObject({
      category: 'medical-imaging',
      originalName: 'Rex chest.png',
      contentType: 'image/png',
      sizeBytes: SAMPLES.png.length,
      sha256: sha256(SAMPLES.png),
      patientId: patient.id,
      url: `/api/files/${file.id}`,
    });
    const onDisk = filesOnDisk(t.slug);
    expect(onDisk).toHaveLength(1);
    expect(onDisk[0]).toMatch(/^medical-imaging\/[0-9a-f-]{36}\.png$/);

    const list = await callRoute(listFiles, {
      url: `${t.origin}/api/files?patientId=${patient.id}`,
      cookie: tech.cookie,
    });
    expect(list.body.data.map((f: { id: string }) => f.id)).toEqual([file.id]);

    const got = await download(
      new Request(`${t.origin}/api/files/${file.id}`, {
        headers: { host: new URL(t.origin).host, cookie: tech.cookie },
      }),
      {
        params: Promise.resolve({ id: file.id }),
      },
    );
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(SAMPLES.png)).toBe(true);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('cache-control')).toBe('private, no-store');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-disposition')).toBe(
      `inline; filename="Rex chest.png"; filename*=UTF-8''Rex%20chest.png`,
    );
  });

  it('decides the type by content: PDF, DICOM and UTF-8 text are accepted with their real types', async () => {
    const { t, vet } = await createPharmacyTenant('file-types');
    const pdf = await upload(t, vet.cookie, uploadForm(SAMPLES.pdf, 'lab.bin'));
    expect(pdf.body.data).toMatchObject({ contentType: 'application/pdf', category: 'documents' });
    const dicom = await upload(t, vet.cookie, uploadForm(SAMPLES.dicom, 'scan'));
    expect(dicom.body.data).toMatchObject({ contentType: 'application/dicom', category: 'medical-imaging' });
    const text = await upload(t, vet.cookie, uploadForm(SAMPLES.text, 'Röntgen "Befund".txt'));
    expect(text.body.data).toMatchObject({ contentType: 'text/plain; charset=utf-8', category: 'documents' });

    const got = await callRoute(download, {
      url: `${t.origin}/api/files/${text.body.data.id}`,
      cookie: vet.cookie,
      params: { id: text.body.data.id },
    });
    expect(got.headers.get('content-disposition')).toBe(
      `attachment; filename="R_ntgen _Befund_.txt"; filename*=UTF-8''R%C3%B6ntgen%20%22Befund%22.txt`,
    );
    expect(
      filesOnDisk(t.slug)
        .map((p) => p.replace(/[0-9a-f-]{36}/, 'ID'))
        .sort(),
    ).toEqual(['documents/ID.pdf', 'documents/ID.txt', 'medical-imaging/ID.dcm']);
  });

  it('refuses executables named .png, and binary "text", with 415 and leaves nothing behind', async () => {
    const { t, vet } = await createPharmacyTenant('file-415');
    for (const [bytes, name] of [
      [SAMPLES.exe, 'xray.png'],
      [SAMPLES.elf, 'photo.png'],
      [SAMPLES.textWithNul, 'notes.txt'],
    ] as const) {
      const res = await upload(t, vet.cookie, uploadForm(bytes, name));
      expect(res.status).toBe(415);
      expect(res.body.error.code).toBe('UNSUPPORTED_FILE_TYPE');
    }
    expect(filesOnDisk(t.slug)).toEqual([]);
  });

  it('refuses a file above MAX_UPLOAD_BYTES with 413 and leaves nothing behind', async () => {
    const { t, vet } = await createPharmacyTenant('file-413');
    process.env.MAX_UPLOAD_BYTES = '2048';
    resetEnvForTests();
    const big = Buffer.concat([SAMPLES.png, Buffer.alloc(4096)]);
    const res = await upload(t, vet.cookie, uploadForm(big, 'big.png'));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const announced = await upload(t, vet.cookie, uploadForm(SAMPLES.png, 'small.png'), {
      'content-length': String(10 * 1024 * 1024),
    });
    expect(announced.status).toBe(413);
    expect(filesOnDisk(t.slug)).toEqual([]);
    const fits = await upload(t, vet.cookie, uploadForm(SAMPLES.png, 'small.png'));
    expect(fits.status).toBe(201);
  });

  it('refuses malformed uploads with 4xx: no multipart, no file part, unknown fields', async () => {
    const { t, vet } = await createPharmacyTenant('file-400');
    const json = await upload(t, vet.cookie, undefined, { 'content-type': 'application/json' });
    expect(json.status).toBe(415);
    const form = new FormData();
    form.append('category', 'documents');
    expect((await upload(t, vet.cookie, form)).status).toBe(400);
    const unknownField = await upload(t, vet.cookie, uploadForm(SAMPLES.png, 'a.png', { path: '../../etc' }));
    expect(unknownField.status).toBe(400);
    const badCategory = await upload(
      t,
      vet.cookie,
      uploadForm(SAMPLES.png, 'a.png', { category: '../backups' }),
    );
    expect(badCategory.status).toBe(400);
    expect(filesOnDisk(t.slug)).toEqual([]);
  });

  it('validates patient and record links within the caller’s practices', async () => {
    const { t, vet, patient, practiceId } = await createPharmacyTenant('file-links');
    const otherPractice = await addPractice(t);
    const foreign = await createPatient(t, otherPractice, 'Stranger');
    expect(
      (await upload(t, vet.cookie, uploadForm(SAMPLES.png, 'a.png', { patientId: foreign.id }))).status,
    ).toBe(404);

    const db = await tenantDb(t);
    const [record] = await db
      .insert(medicalRecords)
      .values({ practiceId, patientId: patient.id, authorId: vet.id })
      .returning();
    const other = await createPatient(t, practiceId, 'Other');
    const mismatch = await upload(
      t,
      vet.cookie,
      uploadForm(SAMPLES.png, 'a.png', { patientId: other.id, medicalRecordId: record!.id }),
    );
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.details.fields.medicalRecordId).toBeDefined();

    const linked = await upload(
      t,
      vet.cookie,
      uploadForm(SAMPLES.png, 'a.png', { medicalRecordId: record!.id }),
    );
    expect(linked.status).toBe(201);
    expect(linked.body.data).toMatchObject({
      medicalRecordId: record!.id,
      patientId: patient.id,
      practiceId,
    });
    expect(filesOnDisk(t.slug)).toHaveLength(1);
  });
});
