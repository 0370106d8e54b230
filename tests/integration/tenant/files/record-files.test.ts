import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as download, DELETE as deleteFile } from '@/app/api/files/[id]/route';
import { GET as listFiles } from '@/app/api/files/route';
import { GET as recordHistory } from '@/app/api/medical-records/[id]/history/route';
import { POST as createRecord } from '@/app/api/medical-records/route';
import { POST as signRecord } from '@/app/api/medical-records/[id]/sign/route';
import { GET as timeline } from '@/app/api/patients/[id]/timeline/route';
import { files } from '@/server/tenant/db/schema';
import { callRoute } from '@tests/support/http';
import { filesOnDisk, SAMPLES, upload, uploadForm } from '@tests/support/pharmacy-files';
import { createPharmacyTenant, tenantDb } from '@tests/support/pharmacy-fixtures';

/** Issue 8, points 9 and 10: files of a medical record follow its clinical permission and its signature. */

async function withRecord(prefix: string) {
  const f = await createPharmacyTenant(prefix);
  const record = await callRoute(createRecord, {
    method: 'POST',
    url: `${f.t.origin}/api/medical-records`,
    cookie: f.vet.cookie,
    body: { patientId: f.patient.id, subjective: 'Coughing for two days' },
  });
  expect(record.status).toBe(201);
  const recordId = record.body.data.id as string;
  const sign = () =>
    callRoute(signRecord, {
      method: 'POST',
      url: `${f.t.origin}/api/medical-records/${recordId}/sign`,
      cookie: f.vet.cookie,
      params: { id: recordId },
      body: { version: record.body.data.version },
    });
  return { ...f, recordId, sign };
}

const get = (origin: string, id: string, cookie: string) =>
  callRoute(download, { url: `${origin}/api/files/${id}`, cookie, params: { id } });
const remove = (origin: string, id: string, cookie: string) =>
  callRoute(deleteFile, { method: 'DELETE', url: `${origin}/api/files/${id}`, cookie, params: { id } });

describe('files of medical records', () => {
  it('are hidden from receptionists (list, bytes, timeline), while patient files stay readable by all staff', async () => {
    const { t, vet, receptionist, patient, recordId } = await withRecord('rec-files');
    const recordFile = await upload(
      t,
      vet.cookie,
      uploadForm(SAMPLES.png, 'xray.png', { medicalRecordId: recordId }),
    );
    const consent = await upload(
      t,
      vet.cookie,
      uploadForm(SAMPLES.pdf, 'consent.pdf', { patientId: patient.id }),
    );
    expect([recordFile.status, consent.status]).toEqual([201, 201]);

    const byRecord = await callRoute(listFiles, {
      url: `${t.origin}/api/files?medicalRecordId=${recordId}`,
      cookie: receptionist.cookie,
    });
    expect(byRecord.status).toBe(200);
    expect(byRecord.body.data).toEqual([]);
    const byPatient = await callRoute(listFiles, {
      url: `${t.origin}/api/files?patientId=${patient.id}`,
      cookie: receptionist.cookie,
    });
    expect(byPatient.body.data.map((f: { id: string }) => f.id)).toEqual([consent.body.data.id]);
    expect((await get(t.origin, recordFile.body.data.id, receptionist.cookie)).status).toBe(404);
    expect((await get(t.origin, consent.body.data.id, receptionist.cookie)).status).toBe(200);
    expect((await get(t.origin, recordFile.body.data.id, vet.cookie)).status).toBe(200);

    const entries = await callRoute(timeline, {
      url: `${t.origin}/api/patients/${patient.id}/timeline`,
      cookie: receptionist.cookie,
      params: { id: patient.id },
    });
    const fileIds = entries.body.data
      .filter((e: { kind: string }) => e.kind === 'file')
      .map((e: { id: string }) => e.id);
    expect(fileIds).toEqual([consent.body.data.id]);
  });

  it('after signing: only an amender adds a file, as an addendum in the history; deleting one is 409 RECORD_LOCKED', async () => {
    const { t, vet, admin, receptionist, recordId, sign } = await withRecord('signed-files');
    const before = await upload(
      t,
      vet.cookie,
      uploadForm(SAMPLES.png, 'before.png', { medicalRecordId: recordId }),
    );
    expect(before.status).toBe(201);
    expect((await sign()).status).toBe(200);

    const byReceptionist = await upload(
      t,
      receptionist.cookie,
      uploadForm(SAMPLES.pdf, 'late.pdf', { medicalRecordId: recordId }),
    );
    expect(byReceptionist.status).toBe(403);
    const addendum = await upload(
      t,
      vet.cookie,
      uploadForm(SAMPLES.pdf, 'lab-result.pdf', { medicalRecordId: recordId }),
    );
    expect(addendum.status).toBe(201);

    const history = await callRoute(recordHistory, {
      url: `${t.origin}/api/medical-records/${recordId}/history`,
      cookie: vet.cookie,
      params: { id: recordId },
    });
    const added = history.body.data.filter((h: { action: string }) => h.action === 'FILE_ADDED');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      changedBy: { id: vet.id },
      snapshot: { attachment: { fileId: addendum.body.data.id, originalName: 'lab-result.pdf' } },
    });
    expect(added[0].changedAt).toEqual(expect.any(String));

    const onDisk = filesOnDisk(t.slug).length;
    for (const id of [before.body.data.id, addendum.body.data.id]) {
      const res = await remove(t.origin, id, admin);
      expect({ status: res.status, code: res.body?.error?.code }).toEqual({
        status: 409,
        code: 'RECORD_LOCKED',
      });
    }
    expect(filesOnDisk(t.slug)).toHaveLength(onDisk);

    // The database holds the same rules for any other code path.
    const db = await tenantDb(t);
    const deleted = await db
      .delete(files)
      .where(eq(files.id, before.body.data.id))
      .catch((e: { cause?: { code?: string } }) => e.cause);
    expect(deleted).toMatchObject({ code: 'SD409' });
    const sneaked = await db
      .execute(
        sql`insert into files (medical_record_id, category, original_name, stored_name, content_type, size_bytes, sha256, uploaded_by)
            values (${recordId}, 'documents', 'x.pdf', 'sneaky.pdf', 'application/pdf', 1, 'x', ${receptionist.id})`,
      )
      .catch((e: { cause?: { code?: string } }) => e.cause);
    expect(sneaked).toMatchObject({ code: '42501' });
  });
});
