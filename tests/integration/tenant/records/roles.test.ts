import { describe, expect, it } from 'vitest';
import type { TenantRole } from '@/lib/domain/tenant/permissions';
import { appointmentsApi, recordsApi } from '@tests/support/clinical-api';
import { addPatient, addStaff, createClinic, type StaffMember } from '@tests/support/clinical-fixtures';

const SECRET = 'Owner reports the dog ate a sock';
const CLINICAL_KEYS = [
  'subjective',
  'objective',
  'assessment',
  'plan',
  'vitals',
  'diagnoses',
  'effective',
  'amendments',
];

async function setUp() {
  const clinic = await createClinic('rec-roles');
  const staff: Record<TenantRole, StaffMember> = {
    ADMIN: {
      id: '',
      email: clinic.admin.email,
      name: 'Test Admin',
      role: 'ADMIN',
      cookie: clinic.adminCookie,
    },
    VETERINARIAN: await addStaff(clinic, 'VETERINARIAN'),
    TECHNICIAN: await addStaff(clinic, 'TECHNICIAN'),
    RECEPTIONIST: await addStaff(clinic, 'RECEPTIONIST'),
  };
  const as = (role: TenantRole) => ({ origin: clinic.origin, cookie: staff[role].cookie });
  const patient = await addPatient(clinic);
  const draft = async () => {
    const res = await recordsApi.create(as('VETERINARIAN'), {
      patientId: patient.id,
      subjective: SECRET,
      assessment: 'Foreign body suspected',
      vitals: { temperatureC: 38.9, weightKg: 12.4 },
    });
    expect(res.status).toBe(201);
    return res.body.data.id as string;
  };
  return { clinic, staff, as, patient, draft };
}

describe('medical record permissions', () => {
  it('shows receptionists summaries only, on list and get, with no SOAP or vitals in the JSON', async () => {
    const { as, draft, staff, patient } = await setUp();
    const id = await draft();
    const list = await recordsApi.list(as('RECEPTIONIST'), { patientId: patient.id });
    const one = await recordsApi.get(as('RECEPTIONIST'), id);
    expect(list.status).toBe(200);
    expect(one.status).toBe(200);
    expect(one.body.data).toEqual({
      id,
      practiceId: expect.any(String),
      patient: { id: patient.id, name: patient.name },
      visitAt: expect.any(String),
      author: { id: staff.VETERINARIAN.id, name: staff.VETERINARIAN.name },
      status: 'DRAFT',
    });
    expect(list.body.data).toEqual([one.body.data]);
    for (const body of [list.body, one.body]) {
      const json = JSON.stringify(body);
      expect(json).not.toContain(SECRET);
      expect(json).not.toContain('38.9');
      for (const key of CLINICAL_KEYS) expect(json).not.toContain(`"${key}"`);
    }
    const history = await recordsApi.history(as('RECEPTIONIST'), id);
    expect(history.status).toBe(403);
    expect(JSON.stringify(history.body)).not.toContain(SECRET);
  });

  it('shows the full record to admins, veterinarians and technicians', async () => {
    const { as, draft } = await setUp();
    const id = await draft();
    for (const role of ['ADMIN', 'VETERINARIAN', 'TECHNICIAN'] as const) {
      const res = await recordsApi.get(as(role), id);
      expect(res.status, role).toBe(200);
      expect(res.body.data.subjective).toBe(SECRET);
      expect((await recordsApi.history(as(role), id)).status, role).toBe(200);
    }
  });

  it('lets only veterinarians and technicians write, and only veterinarians sign and amend', async () => {
    const { as, draft, patient } = await setUp();
    const expectations: Record<TenantRole, { create: number; patch: number; sign: number; amend: number }> = {
      ADMIN: { create: 403, patch: 403, sign: 403, amend: 403 },
      RECEPTIONIST: { create: 403, patch: 403, sign: 403, amend: 403 },
      TECHNICIAN: { create: 201, patch: 200, sign: 403, amend: 403 },
      VETERINARIAN: { create: 201, patch: 200, sign: 200, amend: 201 },
    };
    for (const [role, expected] of Object.entries(expectations) as [
      TenantRole,
      (typeof expectations)[TenantRole],
    ][]) {
      const id = await draft();
      const create = await recordsApi.create(as(role), { patientId: patient.id, plan: 'Recheck' });
      expect(create.status, `${role} create`).toBe(expected.create);
      expect(
        (await recordsApi.update(as(role), id, { version: 1, plan: 'Edited' })).status,
        `${role} patch`,
      ).toBe(expected.patch);
      const version = expected.patch === 200 ? 2 : 1;
      const sign = await recordsApi.sign(as(role), id, { version });
      expect(sign.status, `${role} sign`).toBe(expected.sign);
      if (sign.status !== 200)
        expect((await recordsApi.sign(as('VETERINARIAN'), id, { version })).status).toBe(200);
      const amend = await recordsApi.amend(as(role), id, {
        reason: 'Correction',
        changes: { plan: 'Amended' },
      });
      expect(amend.status, `${role} amend`).toBe(expected.amend);
      if (expected.create === 403) expect(create.body.error.code).toBe('FORBIDDEN');
    }
  });

  it('lets every role book and read appointments', async () => {
    const { clinic, as, staff, patient } = await setUp();
    let hour = 8;
    for (const role of ['ADMIN', 'VETERINARIAN', 'TECHNICIAN', 'RECEPTIONIST'] as const) {
      const booked = await appointmentsApi.create(as(role), {
        practiceId: clinic.practiceId,
        patientId: patient.id,
        veterinarianId: staff.VETERINARIAN.id,
        startsAt: `2030-06-03T${String(hour++).padStart(2, '0')}:00:00Z`,
        durationMinutes: 30,
      });
      expect(booked.status, role).toBe(201);
      expect((await appointmentsApi.get(as(role), booked.body.data.id)).status, role).toBe(200);
    }
  });
});
