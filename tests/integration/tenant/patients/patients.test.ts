import { describe, expect, it } from 'vitest';
import { GET as getPatient, PATCH as patchPatient } from '@/app/api/patients/[id]/route';
import { GET as listWeights, POST as recordWeight } from '@/app/api/patients/[id]/weights/route';
import { GET as listPatients, POST as createPatientRoute } from '@/app/api/patients/route';
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

describe('/api/patients', () => {
  it("registers a patient in its owner's practice and shows owner and latest weight", async () => {
    const t = await createTestTenant('pat-crud');
    const admin = await adminCaller(t);
    const practiceId = await firstPracticeId(admin);
    const owner = await createClient(admin, practiceId, { name: 'Olga Owner', phone: '555-1111' });
    const res = await admin.post(createPatientRoute, '/api/patients', {
      clientId: owner.id,
      name: 'Biscuit',
      species: 'Dog',
      breed: 'Beagle',
      sex: 'FEMALE',
      neutered: true,
      dateOfBirth: '2020-02-29',
      microchip: '985 141-000 123 456',
      allergies: 'Penicillin',
      alerts: 'Nervous with strangers',
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      practiceId,
      clientId: owner.id,
      microchip: '985141000123456',
      status: 'ACTIVE',
      dateOfBirth: '2020-02-29',
      client: { id: owner.id, name: 'Olga Owner', phone: '555-1111', email: null },
      latestWeight: null,
    });
    const id = res.body.data.id;
    expect((await admin.get(getPatient, `/api/patients/${id}`, { id })).body.data.name).toBe('Biscuit');

    const bad = await admin.post(createPatientRoute, '/api/patients', {
      clientId: owner.id,
      name: 'X',
      species: 'Cat',
      dateOfBirth: '2999-01-01',
      sex: 'BOTH',
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details.fields).sort()).toEqual(['dateOfBirth', 'sex']);
  });

  it('keeps microchips unique within the clinic (409 on create and on update)', async () => {
    const t = await createTestTenant('pat-chip');
    const admin = await adminCaller(t);
    const owner = await createClient(admin, await firstPracticeId(admin));
    await createPatient(admin, owner.id, { microchip: '985141000999999' });
    const clash = await admin.post(createPatientRoute, '/api/patients', {
      clientId: owner.id,
      name: 'Twin',
      species: 'Dog',
      microchip: '985-141-000-999-999',
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('MICROCHIP_TAKEN');
    const other = await createPatient(admin, owner.id, { name: 'Other' });
    const patchClash = await admin.patch(
      patchPatient,
      `/api/patients/${other.id}`,
      { microchip: '985141000999999' },
      { id: other.id },
    );
    expect(patchClash.status).toBe(409);
    expect(
      (await admin.patch(patchPatient, `/api/patients/${other.id}`, { microchip: '' }, { id: other.id })).body
        .data.microchip,
    ).toBeNull();
  });

  it("refuses a practice other than the owner's and owners outside the caller's practices", async () => {
    const t = await createTestTenant('pat-prac');
    const admin = await adminCaller(t);
    const p1 = await firstPracticeId(admin);
    const p2 = await createPractice(admin);
    const owner1 = await createClient(admin, p1);
    const owner2 = await createClient(admin, p2);
    const mismatch = await admin.post(createPatientRoute, '/api/patients', {
      clientId: owner1.id,
      practiceId: p2,
      name: 'X',
      species: 'Cat',
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.details.fields.practiceId).toBeDefined();
    const vet = await createStaff(admin, 'VETERINARIAN', [p1]);
    expect(
      (
        await vet.api.post(createPatientRoute, '/api/patients', {
          clientId: owner2.id,
          name: 'X',
          species: 'Cat',
        })
      ).status,
    ).toBe(404);

    const pet = await createPatient(admin, owner1.id);
    const move = await admin.patch(
      patchPatient,
      `/api/patients/${pet.id}`,
      { clientId: owner2.id },
      { id: pet.id },
    );
    expect(move.status).toBe(400);
    const sibling = await createClient(admin, p1, { name: 'New Owner' });
    const transfer = await admin.patch(
      patchPatient,
      `/api/patients/${pet.id}`,
      { clientId: sibling.id },
      { id: pet.id },
    );
    expect(transfer.status).toBe(200);
    expect(transfer.body.data.client.name).toBe('New Owner');
  });

  it('stamps the time of death once and clears it when the status changes back', async () => {
    const t = await createTestTenant('pat-status');
    const admin = await adminCaller(t);
    const pet = await createPatient(admin, (await createClient(admin, await firstPracticeId(admin))).id);
    const dead = await admin.patch(
      patchPatient,
      `/api/patients/${pet.id}`,
      { status: 'DECEASED' },
      { id: pet.id },
    );
    expect(dead.body.data.status).toBe('DECEASED');
    expect(dead.body.data.deceasedAt).not.toBeNull();
    const again = await admin.patch(
      patchPatient,
      `/api/patients/${pet.id}`,
      { status: 'DECEASED', alerts: 'Deceased' },
      { id: pet.id },
    );
    expect(again.body.data.deceasedAt).toBe(dead.body.data.deceasedAt);
    const revived = await admin.patch(
      patchPatient,
      `/api/patients/${pet.id}`,
      { status: 'ACTIVE' },
      { id: pet.id },
    );
    expect(revived.body.data.deceasedAt).toBeNull();
    expect(
      (await admin.patch(patchPatient, `/api/patients/${pet.id}`, { status: 'active' }, { id: pet.id }))
        .status,
    ).toBe(400);
  });

  it('lists with search, filters and cursor pagination', async () => {
    const t = await createTestTenant('pat-list');
    const admin = await adminCaller(t);
    const practiceId = await firstPracticeId(admin);
    const ann = await createClient(admin, practiceId, { name: 'Ann' });
    const ben = await createClient(admin, practiceId, { name: 'Ben' });
    await createPatient(admin, ann.id, { name: 'Max', species: 'Dog' });
    await createPatient(admin, ann.id, { name: 'Luna', species: 'cat', microchip: '900000000000001' });
    await createPatient(admin, ben.id, { name: 'Maxine', species: 'Cat', status: 'INACTIVE' });
    await createPatient(admin, ben.id, { name: 'Kiwi', species: 'Bird' });
    const names = async (query: string) =>
      (await admin.get(listPatients, `/api/patients?${query}`)).body.data.map((p: Row) => p.name);
    expect(await names('q=max')).toEqual(['Max', 'Maxine']);
    expect(await names('q=900 000 000 000 001')).toEqual(['Luna']);
    expect(await names('species=CAT')).toEqual(['Luna', 'Maxine']);
    expect(await names('status=INACTIVE')).toEqual(['Maxine']);
    expect(await names(`clientId=${ann.id}`)).toEqual(['Luna', 'Max']);
    expect(await names(`clientId=${ben.id}&species=cat`)).toEqual(['Maxine']);
    const listed = await admin.get(listPatients, '/api/patients?limit=1');
    expect(listed.body.data[0].client).toEqual({ id: ben.id, name: 'Ben' });
    const all = await readAllPages((cursor) =>
      admin.get(listPatients, `/api/patients?limit=3${cursor ? `&cursor=${cursor}` : ''}`),
    );
    expect(all.map((p) => p.name)).toEqual(['Kiwi', 'Luna', 'Max', 'Maxine']);
    expect((await admin.get(listPatients, '/api/patients?status=LOST')).status).toBe(400);
  });

  it('records weights as their own rows, newest first, and reports the latest by measurement time', async () => {
    const t = await createTestTenant('pat-weight');
    const admin = await adminCaller(t);
    const pet = await createPatient(admin, (await createClient(admin, await firstPracticeId(admin))).id);
    const path = `/api/patients/${pet.id}/weights`;
    const p = { id: pet.id };
    expect(
      (
        await admin.post(
          recordWeight,
          path,
          { weightKg: 12.3456, measuredAt: '2025-01-10T09:00:00Z', note: 'pre-op' },
          p,
        )
      ).status,
    ).toBe(201);
    expect(
      (await admin.post(recordWeight, path, { weightKg: 11.5, measuredAt: '2025-03-01T09:00:00+01:00' }, p))
        .status,
    ).toBe(201);
    // Entered late, measured earliest: it must not become the "latest" weight.
    expect(
      (await admin.post(recordWeight, path, { weightKg: 10, measuredAt: '2024-12-01T09:00:00Z' }, p)).status,
    ).toBe(201);
    for (const weightKg of [0, -1, 'heavy', 100_000]) {
      expect((await admin.post(recordWeight, path, { weightKg }, p)).status, String(weightKg)).toBe(400);
    }
    expect(
      (await admin.post(recordWeight, path, { weightKg: 5, measuredAt: '2999-01-01T00:00:00Z' }, p)).status,
    ).toBe(400);

    const history = await readAllPages((cursor) =>
      admin.get(listWeights, `${path}?limit=2${cursor ? `&cursor=${cursor}` : ''}`, p),
    );
    expect(history.map((w) => w.weightKg)).toEqual([11.5, 12.346, 10]);
    expect(history[1].note).toBe('pre-op');
    const detail = await admin.get(getPatient, `/api/patients/${pet.id}`, p);
    expect(detail.body.data.latestWeight).toEqual({ weightKg: 11.5, measuredAt: '2025-03-01T08:00:00.000Z' });
  });
});
