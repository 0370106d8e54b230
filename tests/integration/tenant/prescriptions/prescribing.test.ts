import { describe, expect, it } from 'vitest';
import { POST as cancel } from '@/app/api/prescriptions/[id]/cancel/route';
import { POST as dispense } from '@/app/api/prescriptions/[id]/dispense/route';
import { GET as getPrescription } from '@/app/api/prescriptions/[id]/route';
import { GET as listPrescriptions, POST as create } from '@/app/api/prescriptions/route';
import { callRoute } from '@tests/support/http';
import {
  addPractice,
  createItem,
  createPatient,
  createPharmacyTenant,
  createStaff,
  prescribe,
  setPatientStatus,
} from '@tests/support/pharmacy-fixtures';

const body = (fields: Record<string, unknown>) => ({
  dose: '5 mg/kg',
  route: 'oral',
  frequency: 'q12h',
  quantity: 14,
  refills: 0,
  ...fields,
});

describe('prescribing', () => {
  it('copies the drug name and schedule from the item and lists the prescription for the patient', async () => {
    const { t, vet, tech, patient } = await createPharmacyTenant('rx-create');
    const item = await createItem(t, vet.cookie, {
      name: 'Buprenorphine 0.3 mg/ml',
      controlledSchedule: 'III',
    });
    const res = await callRoute(create, {
      method: 'POST',
      url: `${t.origin}/api/prescriptions`,
      cookie: vet.cookie,
      body: body({
        patientId: patient.id,
        inventoryItemId: item.id,
        refills: 2,
        strength: '0.3 mg/ml',
        instructions: 'Give with food',
      }),
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      drugName: 'Buprenorphine 0.3 mg/ml',
      controlledSchedule: 'III',
      status: 'ACTIVE',
      refills: 2,
      quantityRemaining: 42,
      prescriber: { id: vet.id },
      patient: { id: patient.id, name: 'Rex' },
    });
    const list = await callRoute(listPrescriptions, {
      url: `${t.origin}/api/prescriptions?patientId=${patient.id}`,
      cookie: tech.cookie,
    });
    expect(list.body.data.map((p: { id: string }) => p.id)).toEqual([res.body.data.id]);
  });

  it('refuses refills on a schedule II drug with a field error on refills', async () => {
    const { t, vet, patient } = await createPharmacyTenant('rx-sched2');
    const item = await createItem(t, vet.cookie, { name: 'Fentanyl', controlledSchedule: 'II' });
    const refused = await callRoute(create, {
      method: 'POST',
      url: `${t.origin}/api/prescriptions`,
      cookie: vet.cookie,
      body: body({ patientId: patient.id, inventoryItemId: item.id, refills: 1 }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.fields.refills[0]).toMatch(/Schedule II/);
    const allowed = await callRoute(create, {
      method: 'POST',
      url: `${t.origin}/api/prescriptions`,
      cookie: vet.cookie,
      body: body({ patientId: patient.id, inventoryItemId: item.id, refills: 0 }),
    });
    expect(allowed.status).toBe(201);
  });

  it('allows at most five refills for schedules III to V', async () => {
    const { t, vet, patient } = await createPharmacyTenant('rx-sched4');
    const item = await createItem(t, vet.cookie, { name: 'Tramadol', controlledSchedule: 'IV' });
    const post = (refills: number) =>
      callRoute(create, {
        method: 'POST',
        url: `${t.origin}/api/prescriptions`,
        cookie: vet.cookie,
        body: body({ patientId: patient.id, inventoryItemId: item.id, refills }),
      });
    expect((await post(6)).status).toBe(400);
    expect((await post(5)).status).toBe(201);
  });

  it('keeps patients and drugs within the caller’s practices and the same practice', async () => {
    const { t, vet, admin, patient, practiceId } = await createPharmacyTenant('rx-scope');
    const otherPractice = await addPractice(t);
    const foreignPatient = await createPatient(t, otherPractice, 'Tom');
    const localItem = await createItem(t, vet.cookie, { name: 'Meloxicam' });
    const foreignItem = await createItem(t, admin, {
      name: 'Meloxicam elsewhere',
      practiceId: otherPractice,
    });

    const post = (fields: Record<string, unknown>, cookie = vet.cookie) =>
      callRoute(create, { method: 'POST', url: `${t.origin}/api/prescriptions`, cookie, body: body(fields) });
    expect((await post({ patientId: foreignPatient.id, inventoryItemId: localItem.id })).status).toBe(404);
    expect((await post({ patientId: patient.id, inventoryItemId: foreignItem.id })).status).toBe(404);
    expect(
      (await post({ patientId: patient.id, inventoryItemId: '00000000-0000-4000-8000-000000000000' })).status,
    ).toBe(404);

    const deceased = await createPatient(t, practiceId, 'Old Dog');
    await setPatientStatus(t, deceased.id, 'DECEASED');
    const refusedDeceased = await post({ patientId: deceased.id, inventoryItemId: localItem.id });
    expect(refusedDeceased.status).toBe(409);
    expect(refusedDeceased.body.error.code).toBe('PATIENT_NOT_ACTIVE');
  });

  it('refuses a drug stocked at another practice than the patient’s', async () => {
    const { t, admin, patient, practiceId } = await createPharmacyTenant('rx-mix');
    const otherPractice = await addPractice(t);
    const vetInBoth = await createStaff(t, 'VETERINARIAN', [practiceId, otherPractice]);
    const elsewhere = await createItem(t, admin, { practiceId: otherPractice });
    const res = await callRoute(create, {
      method: 'POST',
      url: `${t.origin}/api/prescriptions`,
      cookie: vetInBoth.cookie,
      body: body({ patientId: patient.id, inventoryItemId: elsewhere.id }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields.inventoryItemId).toBeDefined();
  });

  it('enforces the role matrix: only veterinarians prescribe, veterinarians and technicians dispense', async () => {
    const { t, vet, tech, receptionist, admin, patient } = await createPharmacyTenant('rx-roles');
    const item = await createItem(t, vet.cookie, { openingQuantity: 10 });
    const fields = body({ patientId: patient.id, inventoryItemId: item.id, quantity: 1, refills: 3 });
    for (const cookie of [tech.cookie, receptionist.cookie, admin]) {
      const res = await callRoute(create, {
        method: 'POST',
        url: `${t.origin}/api/prescriptions`,
        cookie,
        body: fields,
      });
      expect(res.status).toBe(403);
    }
    const rx = await prescribe(t, vet.cookie, fields);
    const dispenseAs = (cookie: string) =>
      callRoute(dispense, {
        method: 'POST',
        url: `${t.origin}/api/prescriptions/${rx.id}/dispense`,
        cookie,
        params: { id: rx.id },
        body: { quantity: 1 },
      });
    expect((await dispenseAs(receptionist.cookie)).status).toBe(403);
    expect((await dispenseAs(admin)).status).toBe(403);
    expect((await dispenseAs(tech.cookie)).status).toBe(201);
    expect(
      (
        await callRoute(getPrescription, {
          url: `${t.origin}/api/prescriptions/${rx.id}`,
          cookie: receptionist.cookie,
          params: { id: rx.id },
        })
      ).status,
    ).toBe(403);
    const cancelAsTech = await callRoute(cancel, {
      method: 'POST',
      url: `${t.origin}/api/prescriptions/${rx.id}/cancel`,
      cookie: tech.cookie,
      params: { id: rx.id },
    });
    expect(cancelAsTech.status).toBe(403);
  });

  it('cancels an active prescription once; a cancelled one cannot be dispensed', async () => {
    const { t, vet, patient } = await createPharmacyTenant('rx-cancel');
    const item = await createItem(t, vet.cookie, { openingQuantity: 10 });
    const rx = await prescribe(t, vet.cookie, {
      patientId: patient.id,
      inventoryItemId: item.id,
      quantity: 2,
    });
    const url = `${t.origin}/api/prescriptions/${rx.id}`;
    const cancelled = await callRoute(cancel, {
      method: 'POST',
      url: `${url}/cancel`,
      cookie: vet.cookie,
      params: { id: rx.id },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data.status).toBe('CANCELLED');
    const again = await callRoute(cancel, {
      method: 'POST',
      url: `${url}/cancel`,
      cookie: vet.cookie,
      params: { id: rx.id },
    });
    expect(again.status).toBe(409);
    const res = await callRoute(dispense, {
      method: 'POST',
      url: `${url}/dispense`,
      cookie: vet.cookie,
      params: { id: rx.id },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('PRESCRIPTION_CANCELLED');
  });
});
