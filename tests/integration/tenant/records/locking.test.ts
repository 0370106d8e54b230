import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pgErrorCode } from '@/server/shared/errors';
import { medicalRecordAmendments, medicalRecordHistory, medicalRecords } from '@/server/tenant/db/schema';
import { recordsApi } from '@tests/support/clinical-api';
import { addPatient, addStaff, createClinic } from '@tests/support/clinical-fixtures';

const soap = {
  subjective: 'Vomiting since yesterday, still eating.',
  objective: 'Bright, alert; mild cranial abdominal pain.',
  assessment: 'Acute gastritis, likely dietary.',
  plan: 'Bland diet 3 days, maropitant, recheck if persists.',
};

async function setUp() {
  const clinic = await createClinic('rec-lock');
  const vet = await addStaff(clinic, 'VETERINARIAN');
  const tech = await addStaff(clinic, 'TECHNICIAN');
  const patient = await addPatient(clinic);
  const asVet = { origin: clinic.origin, cookie: vet.cookie };
  const asTech = { origin: clinic.origin, cookie: tech.cookie };
  const created = await recordsApi.create(asTech, {
    patientId: patient.id,
    ...soap,
    vitals: { temperatureC: 39.1, heartRate: 110, respiratoryRate: 24, bodyConditionScore: 5, painScore: 2 },
    diagnoses: [{ code: 'K29', description: 'Gastritis' }],
  });
  expect(created.status).toBe(201);
  return { clinic, vet, tech, patient, asVet, asTech, record: created.body.data };
}

async function expectDbRefusal(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the database accepted the change').not.toBeNull();
  expect(pgErrorCode(error)).toBe('SD409');
}

describe('medical record drafts, signing and locking', () => {
  it('creates a draft authored by the caller at version 1', async () => {
    const { record, tech, patient } = await setUp();
    expect(record).toMatchObject({
      status: 'DRAFT',
      version: 1,
      author: { id: tech.id },
      patient: { id: patient.id, name: patient.name },
      ...soap,
      vitals: {
        temperatureC: 39.1,
        heartRate: 110,
        respiratoryRate: 24,
        weightKg: null,
        bodyConditionScore: 5,
        painScore: 2,
      },
      diagnoses: [{ code: 'K29', description: 'Gastritis' }],
      signedAt: null,
      signedBy: null,
    });
  });

  it('edits a draft at the version read, and refuses a stale version with 409 STALE_VERSION', async () => {
    const { record, asTech, asVet } = await setUp();
    const edited = await recordsApi.update(asTech, record.id, {
      version: 1,
      plan: 'Bland diet 5 days.',
      vitals: { painScore: 1 },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({
      version: 2,
      plan: 'Bland diet 5 days.',
      vitals: { painScore: 1, heartRate: 110 },
    });
    const stale = await recordsApi.update(asVet, record.id, { version: 1, plan: 'Overwrites the tech' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: 2 } });
    expect((await recordsApi.get(asVet, record.id)).body.data.plan).toBe('Bland diet 5 days.');
  });

  it('lets exactly one of two concurrent edits of the same version through', async () => {
    const { record, asTech, asVet } = await setUp();
    const results = await Promise.all([
      recordsApi.update(asTech, record.id, { version: 1, assessment: 'A' }),
      recordsApi.update(asVet, record.id, { version: 1, assessment: 'B' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('signs (veterinarian), then answers 409 RECORD_LOCKED to edits and to a second signature', async () => {
    const { record, asVet, asTech, vet } = await setUp();
    const staleSign = await recordsApi.sign(asVet, record.id, { version: 7 });
    expect(staleSign.status).toBe(409);
    expect(staleSign.body.error.code).toBe('STALE_VERSION');
    const signed = await recordsApi.sign(asVet, record.id, { version: 1 });
    expect(signed.status).toBe(200);
    expect(signed.body.data).toMatchObject({ status: 'SIGNED', version: 2, signedBy: { id: vet.id } });
    expect(signed.body.data.signedAt).toEqual(expect.any(String));

    for (const caller of [asVet, asTech]) {
      const edit = await recordsApi.update(caller, record.id, { version: 2, plan: 'Changed after signing' });
      expect(edit.status).toBe(409);
      expect(edit.body.error.code).toBe('RECORD_LOCKED');
    }
    const again = await recordsApi.sign(asVet, record.id, { version: 2 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('RECORD_LOCKED');
    expect((await recordsApi.get(asVet, record.id)).body.data.plan).toBe(soap.plan);
  });

  it('refuses to sign a record without any SOAP text', async () => {
    const { clinic, patient, asVet } = await setUp();
    const empty = await recordsApi.create(asVet, { patientId: patient.id, vitals: { weightKg: 4.2 } });
    expect(empty.status).toBe(201);
    const res = await recordsApi.sign(asVet, empty.body.data.id, { version: 1 });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('RECORD_EMPTY');
    expect(clinic.slug).toBeTruthy();
  });

  it('is locked in the database too: a direct UPDATE or DELETE of a signed record fails with SD409', async () => {
    const { clinic, record, asVet } = await setUp();
    await recordsApi.sign(asVet, record.id, { version: 1 });
    await expectDbRefusal(
      clinic.db
        .update(medicalRecords)
        .set({ plan: 'Edited behind the API' })
        .where(eq(medicalRecords.id, record.id)),
    );
    await expectDbRefusal(
      clinic.db
        .update(medicalRecords)
        .set({ status: 'DRAFT', signedAt: null })
        .where(eq(medicalRecords.id, record.id)),
    );
    await expectDbRefusal(clinic.db.delete(medicalRecords).where(eq(medicalRecords.id, record.id)));
    // History and amendments are append-only as well.
    await expectDbRefusal(
      clinic.db.delete(medicalRecordHistory).where(eq(medicalRecordHistory.recordId, record.id)),
    );
    const amended = await recordsApi.amend(asVet, record.id, {
      reason: 'Typo',
      changes: { plan: 'Bland diet 4 days.' },
    });
    expect(amended.status).toBe(201);
    await expectDbRefusal(
      clinic.db
        .update(medicalRecordAmendments)
        .set({ reason: 'Rewritten' })
        .where(eq(medicalRecordAmendments.recordId, record.id)),
    );
    await expectDbRefusal(
      clinic.db.delete(medicalRecordAmendments).where(eq(medicalRecordAmendments.recordId, record.id)),
    );
    const [row] = await clinic.db.select().from(medicalRecords).where(eq(medicalRecords.id, record.id));
    expect(row).toMatchObject({ plan: soap.plan, status: 'SIGNED' });
  });

  it('answers 404 for a record of another practice or an unknown id', async () => {
    const { clinic, record } = await setUp();
    const { addPractice } = await import('@tests/support/clinical-fixtures');
    const elsewhere = await addPractice(clinic);
    const outsider = await addStaff(clinic, 'VETERINARIAN', { practiceIds: [elsewhere] });
    const asOutsider = { origin: clinic.origin, cookie: outsider.cookie };
    expect((await recordsApi.get(asOutsider, record.id)).status).toBe(404);
    expect((await recordsApi.update(asOutsider, record.id, { version: 1, plan: 'x' })).status).toBe(404);
    expect((await recordsApi.sign(asOutsider, record.id, { version: 1 })).status).toBe(404);
    expect((await recordsApi.history(asOutsider, record.id)).status).toBe(404);
    expect((await recordsApi.list(asOutsider)).body.data).toEqual([]);
    expect((await recordsApi.get(asOutsider, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await recordsApi.get(asOutsider, 'not-a-uuid')).status).toBe(404);
  });
});
