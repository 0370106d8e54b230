import { describe, expect, it } from 'vitest';
import { GET as timeline } from '@/app/api/patients/[id]/timeline/route';
import { getTenantDatabase } from '@/server/tenancy/connections/tenant-connections';
import {
  appointments,
  files,
  inventory,
  medicalRecords,
  patientWeights,
  prescriptions,
} from '@/server/tenant/db/schema';
import {
  adminCaller,
  createClient,
  createPatient,
  createPractice,
  createStaff,
  firstPracticeId,
  readAllPages,
  type Row,
} from '@tests/support/tenant-people-api';
import { createTestTenant } from '@tests/support/tenants';

/** Other domains own these write paths; the timeline only reads their tables, so rows are inserted directly. */
async function seedHistory(
  slug: string,
  ids: { practiceId: string; patientId: string; clientId: string; vetId: string },
) {
  const db = await getTenantDatabase(slug);
  const [appointment] = await db
    .insert(appointments)
    .values({
      practiceId: ids.practiceId,
      patientId: ids.patientId,
      clientId: ids.clientId,
      veterinarianId: ids.vetId,
      startsAt: new Date('2025-01-05T09:00:00Z'),
      endsAt: new Date('2025-01-05T09:30:00Z'),
      reason: 'Limping',
      status: 'COMPLETED',
    })
    .returning();
  const [record] = await db
    .insert(medicalRecords)
    .values({
      practiceId: ids.practiceId,
      patientId: ids.patientId,
      appointmentId: appointment!.id,
      authorId: ids.vetId,
      visitAt: new Date('2025-01-05T09:10:00Z'),
      subjective: 'Lame on left fore',
      assessment: 'Soft tissue injury',
      diagnoses: [{ description: 'Sprain' }],
    })
    .returning();
  const [item] = await db
    .insert(inventory)
    .values({ practiceId: ids.practiceId, sku: 'MEL-1', name: 'Meloxicam 1.5mg/ml' })
    .returning();
  await db.insert(prescriptions).values({
    practiceId: ids.practiceId,
    patientId: ids.patientId,
    prescriberId: ids.vetId,
    inventoryItemId: item!.id,
    medicalRecordId: record!.id,
    drugName: 'Meloxicam',
    dose: '0.1 mg/kg',
    route: 'PO',
    frequency: 'SID',
    quantity: '10',
    createdAt: new Date('2025-01-05T09:20:00Z'),
  });
  await db
    .insert(patientWeights)
    .values({ patientId: ids.patientId, weightKg: '21.400', measuredAt: new Date('2025-01-05T09:05:00Z') });
  await db.insert(files).values({
    practiceId: ids.practiceId,
    patientId: ids.patientId,
    medicalRecordId: record!.id,
    category: 'medical-imaging',
    originalName: 'left-fore.png',
    storedName: 'abc123.png',
    contentType: 'image/png',
    sizeBytes: 2048,
    sha256: 'f'.repeat(64),
    uploadedBy: ids.vetId,
    createdAt: new Date('2025-01-05T09:15:00Z'),
  });
}

describe('GET /api/patients/:id/timeline', () => {
  it('merges appointments, records, prescriptions, weights and files newest first, paging across kinds', async () => {
    const t = await createTestTenant('tl-merge');
    const admin = await adminCaller(t);
    const practiceId = await firstPracticeId(admin);
    const vet = await createStaff(admin, 'VETERINARIAN', [practiceId]);
    const owner = await createClient(admin, practiceId);
    const pet = await createPatient(admin, owner.id);
    await seedHistory(t.slug, { practiceId, patientId: pet.id, clientId: owner.id, vetId: vet.id });

    const entries = await readAllPages((cursor) =>
      vet.api.get(timeline, `/api/patients/${pet.id}/timeline?limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
        id: pet.id,
      }),
    );
    expect(entries.map((e) => [e.kind, e.at])).toEqual([
      ['prescription', '2025-01-05T09:20:00.000Z'],
      ['file', '2025-01-05T09:15:00.000Z'],
      ['medical_record', '2025-01-05T09:10:00.000Z'],
      ['weight', '2025-01-05T09:05:00.000Z'],
      ['appointment', '2025-01-05T09:00:00.000Z'],
    ]);
    const byKind = Object.fromEntries(entries.map((e) => [e.kind, e.details]));
    expect(byKind.medical_record).toMatchObject({
      status: 'DRAFT',
      assessment: 'Soft tissue injury',
      diagnoses: [{ description: 'Sprain' }],
    });
    expect(byKind.medical_record.author.id).toBe(vet.id);
    expect(byKind.appointment).toMatchObject({
      status: 'COMPLETED',
      reason: 'Limping',
      endsAt: '2025-01-05T09:30:00.000Z',
    });
    expect(byKind.prescription).toMatchObject({ drugName: 'Meloxicam', quantity: 10 });
    expect(byKind.weight).toEqual({ weightKg: 21.4, note: null });
    expect(byKind.file).toMatchObject({ originalName: 'left-fore.png', sizeBytes: 2048 });
  });

  it('shows receptionists record summaries only and no prescriptions', async () => {
    const t = await createTestTenant('tl-recep');
    const admin = await adminCaller(t);
    const practiceId = await firstPracticeId(admin);
    const vet = await createStaff(admin, 'VETERINARIAN', [practiceId]);
    const receptionist = await createStaff(admin, 'RECEPTIONIST', [practiceId]);
    const owner = await createClient(admin, practiceId);
    const pet = await createPatient(admin, owner.id);
    await seedHistory(t.slug, { practiceId, patientId: pet.id, clientId: owner.id, vetId: vet.id });

    const res = await receptionist.api.get(timeline, `/api/patients/${pet.id}/timeline`, { id: pet.id });
    expect(res.status).toBe(200);
    // The seeded file belongs to the medical record, so it follows the record's clinical permission (issue 8).
    expect(res.body.data.map((e: Row) => e.kind)).toEqual(['medical_record', 'weight', 'appointment']);
    const record = res.body.data.find((e: Row) => e.kind === 'medical_record');
    expect(record.details).not.toHaveProperty('assessment');
    expect(record.details).not.toHaveProperty('diagnoses');
    expect(JSON.stringify(res.body)).not.toMatch(/Soft tissue|Lame on left/);
  });

  it('answers 404 for a patient of another practice', async () => {
    const t = await createTestTenant('tl-scope');
    const admin = await adminCaller(t);
    const p2 = await createPractice(admin);
    const vet = await createStaff(admin, 'VETERINARIAN', [await firstPracticeId(admin)]);
    const pet = await createPatient(admin, (await createClient(admin, p2)).id);
    expect((await vet.api.get(timeline, `/api/patients/${pet.id}/timeline`, { id: pet.id })).status).toBe(
      404,
    );
    expect((await admin.get(timeline, `/api/patients/${pet.id}/timeline`, { id: pet.id })).body.data).toEqual(
      [],
    );
  });
});
