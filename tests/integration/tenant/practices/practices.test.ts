import { describe, expect, it } from 'vitest';
import { GET as getPractice, PATCH as patchPractice } from '@/app/api/practices/[id]/route';
import { GET as listPractices, POST as createPracticeRoute } from '@/app/api/practices/route';
import {
  adminCaller,
  createPractice,
  createStaff,
  firstPracticeId,
  type Row,
} from '@tests/support/tenant-people-api';
import { createTestTenant } from '@tests/support/tenants';

describe('/api/practices', () => {
  it('creates a practice with a canonical IANA time zone and refuses others', async () => {
    const t = await createTestTenant('prac-tz');
    const admin = await adminCaller(t);
    const created = await admin.post(createPracticeRoute, '/api/practices', {
      name: '  Riverside Vets ',
      address: '1 River St',
      phone: '+44 20 7946 0018',
      email: 'Front@Riverside.test',
      timezone: 'america/new_york',
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      name: 'Riverside Vets',
      timezone: 'America/New_York',
      email: 'front@riverside.test',
    });
    for (const timezone of ['Mars/Olympus_Mons', '+01:00', 'GMT+25', '']) {
      const bad = await admin.post(createPracticeRoute, '/api/practices', { name: 'X', timezone });
      expect(bad.status, timezone).toBe(400);
      expect(bad.body.error.details.fields.timezone).toBeDefined();
    }
    const defaults = await admin.post(createPracticeRoute, '/api/practices', { name: 'Plain', phone: '' });
    expect(defaults.body.data).toMatchObject({ timezone: 'UTC', phone: null });
    expect(
      (await admin.post(createPracticeRoute, '/api/practices', { name: 'X', phone: 'call me' })).status,
    ).toBe(400);
  });

  it('updates details (admin) and validates the patch', async () => {
    const t = await createTestTenant('prac-patch');
    const admin = await adminCaller(t);
    const id = await firstPracticeId(admin);
    const res = await admin.patch(
      patchPractice,
      `/api/practices/${id}`,
      { timezone: 'Europe/Paris', phone: null, address: '2 Main St' },
      { id },
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ timezone: 'Europe/Paris', phone: null, address: '2 Main St' });
    expect((await admin.get(getPractice, `/api/practices/${id}`, { id })).body.data.timezone).toBe(
      'Europe/Paris',
    );
    expect((await admin.patch(patchPractice, `/api/practices/${id}`, {}, { id })).status).toBe(400);
    expect((await admin.patch(patchPractice, `/api/practices/${id}`, { name: '' }, { id })).status).toBe(400);
    expect(
      (await admin.patch(patchPractice, `/api/practices/${id}`, { archivedAt: null }, { id })).status,
    ).toBe(400);
  });

  it('limits staff to their own practices and lets only admins manage them', async () => {
    const t = await createTestTenant('prac-scope');
    const admin = await adminCaller(t);
    const p1 = await firstPracticeId(admin);
    const p2 = await createPractice(admin, 'Second Site');
    const vet = await createStaff(admin, 'VETERINARIAN', [p1]);
    const seen = await vet.api.get(listPractices, '/api/practices');
    expect(seen.body.data.map((p: Row) => p.id)).toEqual([p1]);
    expect((await vet.api.get(getPractice, `/api/practices/${p2}`, { id: p2 })).status).toBe(404);
    expect((await vet.api.get(getPractice, `/api/practices/${p1}`, { id: p1 })).status).toBe(200);
    expect(
      (await vet.api.patch(patchPractice, `/api/practices/${p1}`, { name: 'Mine now' }, { id: p1 })).status,
    ).toBe(403);
    expect((await vet.api.post(createPracticeRoute, '/api/practices', { name: 'Rogue' })).status).toBe(403);
    const all = await admin.get(listPractices, '/api/practices?q=second');
    expect(all.body.data.map((p: Row) => p.id)).toEqual([p2]);
  });
});
