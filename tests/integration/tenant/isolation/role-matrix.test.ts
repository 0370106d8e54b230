import { describe, expect, it } from 'vitest';
import { GET as getClient, PATCH as patchClient } from '@/app/api/clients/[id]/route';
import { GET as listClients, POST as createClientRoute } from '@/app/api/clients/route';
import { GET as getPatient, PATCH as patchPatient } from '@/app/api/patients/[id]/route';
import { GET as timeline } from '@/app/api/patients/[id]/timeline/route';
import { GET as listWeights, POST as recordWeight } from '@/app/api/patients/[id]/weights/route';
import { GET as listPatients, POST as createPatientRoute } from '@/app/api/patients/route';
import { GET as getPractice, PATCH as patchPractice } from '@/app/api/practices/[id]/route';
import { GET as listPractices, POST as createPracticeRoute } from '@/app/api/practices/route';
import { GET as getPlan } from '@/app/api/plan/route';
import { GET as listExports, POST as requestExport } from '@/app/api/exports/route';
import { GET as listInvoices } from '@/app/api/billing/invoices/route';
import { GET as getBillingProfile } from '@/app/api/billing/profile/route';
import { GET as getBillingSummary } from '@/app/api/billing/summary/route';
import { POST as activate } from '@/app/api/users/[id]/activate/route';
import { POST as deactivate } from '@/app/api/users/[id]/deactivate/route';
import { POST as resetPassword } from '@/app/api/users/[id]/reset-password/route';
import { GET as getUser, PATCH as patchUser } from '@/app/api/users/[id]/route';
import { GET as listUsers, POST as createUser } from '@/app/api/users/route';
import type { TenantRole } from '@/lib/domain/tenant/permissions';
import type { CallResult } from '@tests/support/http';
import {
  adminCaller,
  createClient,
  createPatient,
  createPractice,
  createStaff,
  firstPracticeId,
  type Caller,
  type Row,
} from '@tests/support/tenant-people-api';
import { createTestTenant } from '@tests/support/tenants';

type Fixture = { p1: string; p2: string; clientId: string; patientId: string; targetUserId: string };
type Operation = {
  name: string;
  allowed: TenantRole[];
  run: (api: Caller, f: Fixture) => Promise<CallResult>;
};

const ALL: TenantRole[] = ['ADMIN', 'VETERINARIAN', 'TECHNICIAN', 'RECEPTIONIST'];
const ADMIN: TenantRole[] = ['ADMIN'];

/** Every route of users, practices, clients, patients, the plan and data exports, with the roles that may call it. */
const operations: Operation[] = [
  { name: 'GET /api/users', allowed: ALL, run: (api) => api.get(listUsers, '/api/users') },
  { name: 'GET /api/plan', allowed: ADMIN, run: (api) => api.get(getPlan, '/api/plan') },
  { name: 'GET /api/exports', allowed: ADMIN, run: (api) => api.get(listExports, '/api/exports') },
  {
    name: 'POST /api/exports',
    allowed: ADMIN,
    run: (api) => api.post(requestExport, '/api/exports', undefined),
  },
  {
    name: 'GET /api/billing/invoices',
    allowed: ADMIN,
    run: (api) => api.get(listInvoices, '/api/billing/invoices'),
  },
  {
    name: 'GET /api/billing/profile',
    allowed: ADMIN,
    run: (api) => api.get(getBillingProfile, '/api/billing/profile'),
  },
  {
    name: 'GET /api/billing/summary',
    allowed: ADMIN,
    run: (api) => api.get(getBillingSummary, '/api/billing/summary'),
  },
  {
    name: 'GET /api/users/:id',
    allowed: ALL,
    run: (api, f) => api.get(getUser, `/api/users/${f.targetUserId}`, { id: f.targetUserId }),
  },
  {
    name: 'POST /api/users',
    allowed: ADMIN,
    run: (api, f) =>
      api.post(createUser, '/api/users', {
        email: `new-${Date.now()}@x.test`,
        name: 'New',
        role: 'TECHNICIAN',
        practiceIds: [f.p1],
      }),
  },
  {
    name: 'PATCH /api/users/:id',
    allowed: ADMIN,
    run: (api, f) =>
      api.patch(patchUser, `/api/users/${f.targetUserId}`, { name: 'Renamed' }, { id: f.targetUserId }),
  },
  {
    name: 'POST /api/users/:id/deactivate',
    allowed: ADMIN,
    run: (api, f) => api.post(deactivate, '/x', undefined, { id: f.targetUserId }),
  },
  {
    name: 'POST /api/users/:id/activate',
    allowed: ADMIN,
    run: (api, f) => api.post(activate, '/x', undefined, { id: f.targetUserId }),
  },
  {
    name: 'POST /api/users/:id/reset-password',
    allowed: ADMIN,
    run: (api, f) => api.post(resetPassword, '/x', undefined, { id: f.targetUserId }),
  },
  { name: 'GET /api/practices', allowed: ALL, run: (api) => api.get(listPractices, '/api/practices') },
  {
    name: 'GET /api/practices/:id',
    allowed: ALL,
    run: (api, f) => api.get(getPractice, `/api/practices/${f.p1}`, { id: f.p1 }),
  },
  {
    name: 'POST /api/practices',
    allowed: ADMIN,
    run: (api) => api.post(createPracticeRoute, '/api/practices', { name: 'Annex' }),
  },
  {
    name: 'PATCH /api/practices/:id',
    allowed: ADMIN,
    run: (api, f) => api.patch(patchPractice, `/x`, { phone: '555-0100' }, { id: f.p1 }),
  },
  { name: 'GET /api/clients', allowed: ALL, run: (api) => api.get(listClients, '/api/clients') },
  {
    name: 'POST /api/clients',
    allowed: ALL,
    run: (api, f) => api.post(createClientRoute, '/api/clients', { practiceId: f.p1, name: 'Walk-in' }),
  },
  {
    name: 'GET /api/clients/:id',
    allowed: ALL,
    run: (api, f) => api.get(getClient, '/x', { id: f.clientId }),
  },
  {
    name: 'PATCH /api/clients/:id',
    allowed: ALL,
    run: (api, f) => api.patch(patchClient, '/x', { phone: '555-0199' }, { id: f.clientId }),
  },
  { name: 'GET /api/patients', allowed: ALL, run: (api) => api.get(listPatients, '/api/patients') },
  {
    name: 'POST /api/patients',
    allowed: ALL,
    run: (api, f) =>
      api.post(createPatientRoute, '/api/patients', { clientId: f.clientId, name: 'Tom', species: 'Cat' }),
  },
  {
    name: 'GET /api/patients/:id',
    allowed: ALL,
    run: (api, f) => api.get(getPatient, '/x', { id: f.patientId }),
  },
  {
    name: 'PATCH /api/patients/:id',
    allowed: ALL,
    run: (api, f) => api.patch(patchPatient, '/x', { colour: 'Black' }, { id: f.patientId }),
  },
  {
    name: 'GET /api/patients/:id/weights',
    allowed: ALL,
    run: (api, f) => api.get(listWeights, '/x', { id: f.patientId }),
  },
  {
    name: 'POST /api/patients/:id/weights',
    allowed: ALL,
    run: (api, f) => api.post(recordWeight, '/x', { weightKg: 4.2 }, { id: f.patientId }),
  },
  {
    name: 'GET /api/patients/:id/timeline',
    allowed: ALL,
    run: (api, f) => api.get(timeline, '/x', { id: f.patientId }),
  },
];

/** A tenant with practices P1 and P2, a client and patient in each, and a staff member of `role` in P1 only. */
async function setUp(role: TenantRole) {
  const t = await createTestTenant(`matrix-${role.slice(0, 4).toLowerCase()}`);
  const admin = await adminCaller(t);
  const p1 = await firstPracticeId(admin);
  const p2 = await createPractice(admin);
  const client = await createClient(admin, p1);
  const patient = await createPatient(admin, client.id);
  const otherClient = await createClient(admin, p2, { name: 'Elsewhere' });
  const otherPatient = await createPatient(admin, otherClient.id, { name: 'Elsewhere pet' });
  const target = await createStaff(admin, 'TECHNICIAN', [p1]);
  // Admins are tenant-wide; for them a second admin is the caller so the matrix never touches the only admin.
  const member = await createStaff(admin, role, role === 'ADMIN' ? [] : [p1]);
  const fixture: Fixture = { p1, p2, clientId: client.id, patientId: patient.id, targetUserId: target.id };
  return { member, fixture, other: { practiceId: p2, clientId: otherClient.id, patientId: otherPatient.id } };
}

describe('role matrix', () => {
  it.each(ALL)('%s may call exactly the routes its role allows', async (role) => {
    const { member, fixture } = await setUp(role);
    const outcomes: string[] = [];
    for (const op of operations) {
      const res = await op.run(member.api, fixture);
      const expected = op.allowed.includes(role) ? 'allowed' : 'forbidden';
      const actual =
        res.status >= 200 && res.status < 300
          ? 'allowed'
          : res.status === 403 && res.body.error.code === 'FORBIDDEN'
            ? 'forbidden'
            : `HTTP ${res.status}`;
      outcomes.push(
        `${op.name}: ${actual === expected ? 'ok' : `expected ${expected}, got ${actual} ${JSON.stringify(res.body)}`}`,
      );
    }
    expect(outcomes.filter((line) => !line.endsWith(': ok'))).toEqual([]);
  });

  it.each(['VETERINARIAN', 'TECHNICIAN', 'RECEPTIONIST'] as TenantRole[])(
    '%s of practice P1 finds nothing of practice P2 (404, not 403)',
    async (role) => {
      const { member, other } = await setUp(role);
      const api = member.api;
      const statuses = [
        (await api.get(getClient, '/x', { id: other.clientId })).status,
        (await api.patch(patchClient, '/x', { name: 'X' }, { id: other.clientId })).status,
        (await api.get(getPatient, '/x', { id: other.patientId })).status,
        (await api.patch(patchPatient, '/x', { name: 'X' }, { id: other.patientId })).status,
        (await api.get(listWeights, '/x', { id: other.patientId })).status,
        (await api.post(recordWeight, '/x', { weightKg: 3 }, { id: other.patientId })).status,
        (await api.get(timeline, '/x', { id: other.patientId })).status,
        (await api.get(getPractice, '/x', { id: other.practiceId })).status,
        (await api.post(createClientRoute, '/api/clients', { practiceId: other.practiceId, name: 'X' }))
          .status,
        (
          await api.post(createPatientRoute, '/api/patients', {
            clientId: other.clientId,
            name: 'X',
            species: 'Dog',
          })
        ).status,
      ];
      expect(statuses).toEqual(Array(statuses.length).fill(404));
      const listed = await api.get(listPatients, '/api/patients');
      expect(listed.body.data.map((p: Row) => p.id)).not.toContain(other.patientId);
    },
  );
});
