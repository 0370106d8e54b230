import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { patientWeights } from '@/server/tenant/db/schema';
import { appointmentsApi, recordsApi } from '@tests/support/clinical-api';
import { addPatient, addStaff, createClinic } from '@tests/support/clinical-fixtures';

async function setUp() {
  const clinic = await createClinic('rec-vitals');
  const vet = await addStaff(clinic, 'VETERINARIAN');
  const patient = await addPatient(clinic);
  const asVet = { origin: clinic.origin, cookie: vet.cookie };
  const weights = () =>
    clinic.db.select().from(patientWeights).where(eq(patientWeights.patientId, patient.id));
  return { clinic, vet, patient, asVet, weights };
}

describe('medical record vitals and links', () => {
  it('refuses vitals outside physiological bounds and malformed diagnoses', async () => {
    const { asVet, patient } = await setUp();
    const bad: Record<string, unknown>[] = [
      { vitals: { temperatureC: 60 } },
      { vitals: { temperatureC: 38.55 } },
      { vitals: { heartRate: 0 } },
      { vitals: { heartRate: 72.5 } },
      { vitals: { respiratoryRate: 900 } },
      { vitals: { weightKg: 0 } },
      { vitals: { weightKg: -3 } },
      { vitals: { bodyConditionScore: 0 } },
      { vitals: { bodyConditionScore: 10 } },
      { vitals: { painScore: -1 } },
      { vitals: { painScore: 11 } },
      { vitals: { bloodPressure: 120 } },
      { vitals: { heartRate: '90' } },
      { diagnoses: [{ code: 'X1' }] },
      { diagnoses: 'Gastritis' },
      { visitAt: 'yesterday' },
    ];
    for (const body of bad) {
      const res = await recordsApi.create(asVet, { patientId: patient.id, plan: 'Plan', ...body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
    }
    const edges = await recordsApi.create(asVet, {
      patientId: patient.id,
      vitals: {
        bodyConditionScore: 9,
        painScore: 0,
        temperatureC: 15,
        heartRate: 1000,
        respiratoryRate: 1,
        weightKg: 0.001,
      },
    });
    expect(edges.status).toBe(201);
    expect(edges.body.data.vitals).toEqual({
      bodyConditionScore: 9,
      painScore: 0,
      temperatureC: 15,
      heartRate: 1000,
      respiratoryRate: 1,
      weightKg: 0.001,
    });
  });

  it('adds the recorded weight to the patient’s weight chart in the same transaction, and keeps it in step', async () => {
    const { asVet, patient, weights } = await setUp();
    const created = await recordsApi.create(asVet, {
      patientId: patient.id,
      plan: 'Weigh-in',
      visitAt: '2030-06-03T09:00:00Z',
      vitals: { weightKg: 12.25 },
    });
    expect(created.status).toBe(201);
    let rows = await weights();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ weightKg: '12.250', measuredAt: new Date('2030-06-03T09:00:00Z') });

    // A corrected draft weight corrects the point rather than adding a second one.
    await recordsApi.update(asVet, created.body.data.id, { version: 1, vitals: { weightKg: 12.5 } });
    rows = await weights();
    expect(rows.map((r) => r.weightKg)).toEqual(['12.500']);

    await recordsApi.sign(asVet, created.body.data.id, { version: 2 });
    await recordsApi.amend(asVet, created.body.data.id, {
      reason: 'Scale was not zeroed',
      changes: { vitals: { weightKg: 12.1 } },
    });
    rows = await weights();
    expect(rows.map((r) => r.weightKg)).toEqual(['12.100']);

    const noWeight = await recordsApi.create(asVet, { patientId: patient.id, plan: 'Phone consult' });
    expect(noWeight.status).toBe(201);
    expect(await weights()).toHaveLength(1);
  });

  it('links a record to an appointment of the same patient and takes the visit time from it', async () => {
    const { clinic, vet, asVet, patient } = await setUp();
    const otherPatient = await addPatient(clinic, { name: 'Pip' });
    const booked = await appointmentsApi.create(asVet, {
      practiceId: clinic.practiceId,
      patientId: patient.id,
      veterinarianId: vet.id,
      startsAt: '2030-06-03T10:00:00Z',
      durationMinutes: 20,
    });
    const appointmentId = booked.body.data.id;
    const linked = await recordsApi.create(asVet, { patientId: patient.id, appointmentId, plan: 'Seen' });
    expect(linked.status).toBe(201);
    expect(linked.body.data).toMatchObject({ appointmentId, visitAt: '2030-06-03T10:00:00.000Z' });
    const mismatched = await recordsApi.create(asVet, {
      patientId: otherPatient.id,
      appointmentId,
      plan: 'Wrong animal',
    });
    expect(mismatched.status).toBe(400);
    expect(mismatched.body.error.details.fields.appointmentId).toBeDefined();
    const listed = await recordsApi.list(asVet, { appointmentId });
    expect(listed.body.data.map((r: { id: string }) => r.id)).toEqual([linked.body.data.id]);
  });
});
