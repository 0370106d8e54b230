import { describe, expect, it } from 'vitest';
import { recordsApi } from '@tests/support/clinical-api';
import { addPatient, addStaff, createClinic } from '@tests/support/clinical-fixtures';

async function signedRecord() {
  const clinic = await createClinic('rec-amend');
  const vet = await addStaff(clinic, 'VETERINARIAN', { name: 'Dr Ada' });
  const colleague = await addStaff(clinic, 'VETERINARIAN', { name: 'Dr Bo' });
  const patient = await addPatient(clinic);
  const asVet = { origin: clinic.origin, cookie: vet.cookie };
  const asColleague = { origin: clinic.origin, cookie: colleague.cookie };
  const created = await recordsApi.create(asVet, {
    patientId: patient.id,
    subjective: 'Limping on the left fore.',
    objective: 'Pain on flexion of the left carpus.',
    assessment: 'Carpal sprain.',
    plan: 'Rest for 10 days.',
    vitals: { temperatureC: 38.6, heartRate: 96, weightKg: 24.5 },
    diagnoses: [{ description: 'Carpal sprain' }],
  });
  const draftEdit = await recordsApi.update(asVet, created.body.data.id, {
    version: 1,
    plan: 'Rest for 14 days.',
  });
  expect(draftEdit.status).toBe(200);
  const signed = await recordsApi.sign(asVet, created.body.data.id, { version: 2 });
  expect(signed.status).toBe(200);
  return { clinic, vet, colleague, patient, asVet, asColleague, id: created.body.data.id as string };
}

describe('amending signed medical records', () => {
  it('adds an amendment with author, reason and time, keeps the original and shows the effective record', async () => {
    const { asVet, asColleague, colleague, vet, id } = await signedRecord();
    const first = await recordsApi.amend(asColleague, id, {
      reason: 'Radiographs show a fracture',
      changes: { assessment: 'Fracture of the accessory carpal bone.', vitals: { heartRate: 104 } },
    });
    expect(first.status).toBe(201);
    const second = await recordsApi.amend(asVet, id, {
      reason: 'Diagnosis coded',
      changes: { diagnoses: [{ code: 'S62.1', description: 'Accessory carpal fracture' }] },
      version: 4,
    });
    expect(second.status).toBe(201);

    const detail = (await recordsApi.get(asVet, id)).body.data;
    // The original as signed.
    expect(detail).toMatchObject({
      status: 'SIGNED',
      version: 5,
      assessment: 'Carpal sprain.',
      plan: 'Rest for 14 days.',
      vitals: { heartRate: 96, temperatureC: 38.6, weightKg: 24.5 },
      diagnoses: [{ description: 'Carpal sprain' }],
      signedBy: { id: vet.id, name: 'Dr Ada' },
    });
    expect(detail.amendments).toHaveLength(2);
    expect(detail.amendments[0]).toMatchObject({
      author: { id: colleague.id, name: 'Dr Bo' },
      reason: 'Radiographs show a fracture',
      changes: { assessment: 'Fracture of the accessory carpal bone.', vitals: { heartRate: 104 } },
    });
    expect(Date.parse(detail.amendments[0].createdAt)).not.toBeNaN();
    expect(detail.effective).toMatchObject({
      assessment: 'Fracture of the accessory carpal bone.',
      plan: 'Rest for 14 days.',
      vitals: { heartRate: 104, temperatureC: 38.6, weightKg: 24.5 },
      diagnoses: [{ code: 'S62.1', description: 'Accessory carpal fracture' }],
    });
    // Lists show the same effective view.
    const [listed] = (await recordsApi.list(asVet)).body.data;
    expect(listed).toMatchObject({
      id,
      amendmentCount: 2,
      assessment: 'Carpal sprain.',
      effective: detail.effective,
    });
  });

  it('refuses amendments of drafts, stale versions, empty or unknown changes, and a missing reason', async () => {
    const { clinic, patient, asVet, id } = await signedRecord();
    const draft = await recordsApi.create(asVet, { patientId: patient.id, plan: 'Draft' });
    const ofDraft = await recordsApi.amend(asVet, draft.body.data.id, {
      reason: 'x',
      changes: { plan: 'y' },
    });
    expect(ofDraft.status).toBe(409);
    expect(ofDraft.body.error.code).toBe('RECORD_NOT_SIGNED');
    const stale = await recordsApi.amend(asVet, id, { reason: 'x', changes: { plan: 'y' }, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_VERSION');
    for (const body of [
      { reason: 'x', changes: {} },
      { reason: 'x', changes: { vitals: {} } },
      { reason: 'x', changes: { status: 'DRAFT' } },
      { reason: 'x', changes: { authorId: clinic.practiceId } },
      { reason: '  ', changes: { plan: 'y' } },
      { changes: { plan: 'y' } },
      { reason: 'x', changes: { vitals: { bodyConditionScore: 12 } } },
    ]) {
      const res = await recordsApi.amend(asVet, id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await recordsApi.get(asVet, id)).body.data.amendments).toEqual([]);
  });

  it('keeps a history row for every change: created, updated, signed, amended', async () => {
    const { asVet, vet, colleague, asColleague, id } = await signedRecord();
    await recordsApi.amend(asColleague, id, {
      reason: 'Correct plan',
      changes: { plan: 'Rest for 21 days.' },
    });
    const history = await recordsApi.history(asVet, id);
    expect(history.status).toBe(200);
    expect(history.body.data.map((h: { version: number; action: string }) => [h.version, h.action])).toEqual([
      [1, 'CREATED'],
      [2, 'UPDATED'],
      [3, 'SIGNED'],
      [4, 'AMENDED'],
    ]);
    const [created, updated, signed, amended] = history.body.data;
    expect(created.snapshot).toMatchObject({ status: 'DRAFT', plan: 'Rest for 10 days.' });
    expect(updated.snapshot).toMatchObject({ status: 'DRAFT', plan: 'Rest for 14 days.' });
    expect(signed).toMatchObject({
      changedBy: { id: vet.id },
      snapshot: { status: 'SIGNED', signedBy: vet.id },
    });
    expect(amended).toMatchObject({
      changedBy: { id: colleague.id },
      snapshot: { plan: 'Rest for 21 days.', reason: 'Correct plan' },
    });

    const firstPage = await recordsApi.history(asVet, id, { limit: '3' });
    expect(firstPage.body.data).toHaveLength(3);
    const rest = await recordsApi.history(asVet, id, { limit: '3', cursor: firstPage.body.nextCursor });
    expect(rest.body.data.map((h: { version: number }) => h.version)).toEqual([4]);
    expect(rest.body.nextCursor).toBeNull();
  });
});
