import { describe, expect, it } from 'vitest';
import { DELETE as deleteClient, GET as getClient, PATCH as patchClient } from '@/app/api/clients/[id]/route';
import { GET as listClients, POST as createClientRoute } from '@/app/api/clients/route';
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

describe('/api/clients', () => {
  it('registers, reads and updates a client, stamping consent only when it changes', async () => {
    const t = await createTestTenant('cli-crud');
    const admin = await adminCaller(t);
    const practiceId = await firstPracticeId(admin);
    const created = await admin.post(createClientRoute, '/api/clients', {
      practiceId,
      name: 'Ann Owner',
      email: 'ANN@Example.test',
      phone: '(555) 010-1234',
      address: '',
      communicationConsent: true,
    });
    expect(created.status).toBe(201);
    const c = created.body.data;
    expect(c).toMatchObject({
      name: 'Ann Owner',
      email: 'ann@example.test',
      address: null,
      communicationConsent: true,
      patientCount: 0,
    });
    expect(c.consentUpdatedAt).not.toBeNull();

    const renamed = await admin.patch(
      patchClient,
      `/api/clients/${c.id}`,
      { name: 'Ann B. Owner', communicationConsent: true },
      { id: c.id },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.consentUpdatedAt).toBe(c.consentUpdatedAt);
    const withdrawn = await admin.patch(
      patchClient,
      `/api/clients/${c.id}`,
      { communicationConsent: false },
      { id: c.id },
    );
    expect(withdrawn.body.data.communicationConsent).toBe(false);
    expect(withdrawn.body.data.consentUpdatedAt).not.toBe(c.consentUpdatedAt);

    const read = await admin.get(getClient, `/api/clients/${c.id}`, { id: c.id });
    expect(read.body.data).toMatchObject({ name: 'Ann B. Owner', phone: '(555) 010-1234' });
    // The home practice is fixed; unknown fields are refused rather than silently ignored.
    expect(
      (await admin.patch(patchClient, `/api/clients/${c.id}`, { practiceId }, { id: c.id })).status,
    ).toBe(400);
    expect((await admin.post(createClientRoute, '/api/clients', { practiceId, name: '' })).status).toBe(400);
    expect(
      (await admin.post(createClientRoute, '/api/clients', { practiceId, name: 'X', email: 'not-an-email' }))
        .status,
    ).toBe(400);
  });

  it('searches by name, email or phone digits, case-insensitively, with wildcards taken literally', async () => {
    const t = await createTestTenant('cli-search');
    const admin = await adminCaller(t);
    const practiceId = await firstPracticeId(admin);
    await createClient(admin, practiceId, { name: 'Bob Barker', email: 'bob@pets.test', phone: '555-0101' });
    await createClient(admin, practiceId, {
      name: 'Carla Cat',
      email: 'carla@cats.test',
      phone: '+1 (555) 0202',
    });
    await createClient(admin, practiceId, { name: '100% Dogs Ltd', email: 'info@dogs.test' });
    const names = async (q: string) =>
      (await admin.get(listClients, `/api/clients?q=${encodeURIComponent(q)}`)).body.data.map(
        (c: Row) => c.name,
      );
    expect(await names('BARKER')).toEqual(['Bob Barker']);
    expect(await names('cats.test')).toEqual(['Carla Cat']);
    expect(await names('555 0202')).toEqual(['Carla Cat']);
    expect(await names('5550101')).toEqual(['Bob Barker']);
    expect(await names('%')).toEqual(['100% Dogs Ltd']);
    expect(await names('_')).toEqual([]);
  });

  it('pages through clients in name order without gaps or repeats', async () => {
    const t = await createTestTenant('cli-page');
    const admin = await adminCaller(t);
    const practiceId = await firstPracticeId(admin);
    for (const name of ['Eve', 'Adam', 'Dora', 'Bea', 'Cy', 'Adam'])
      await createClient(admin, practiceId, { name });
    const rows = await readAllPages((cursor) =>
      admin.get(listClients, `/api/clients?limit=2${cursor ? `&cursor=${cursor}` : ''}`),
    );
    expect(rows.map((r) => r.name)).toEqual(['Adam', 'Adam', 'Bea', 'Cy', 'Dora', 'Eve']);
    expect(new Set(rows.map((r) => r.id)).size).toBe(6);
    expect((await admin.get(listClients, '/api/clients?limit=0')).status).toBe(400);
    expect((await admin.get(listClients, '/api/clients?cursor=%%%')).status).toBe(400);
  });

  it('deletes only a client without patients', async () => {
    const t = await createTestTenant('cli-del');
    const admin = await adminCaller(t);
    const practiceId = await firstPracticeId(admin);
    const owner = await createClient(admin, practiceId, { name: 'Has Pets' });
    await createPatient(admin, owner.id);
    const refused = await admin.del(deleteClient, `/api/clients/${owner.id}`, { id: owner.id });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('CLIENT_HAS_PATIENTS');
    expect(
      (await admin.get(getClient, `/api/clients/${owner.id}`, { id: owner.id })).body.data.patientCount,
    ).toBe(1);

    const lonely = await createClient(admin, practiceId, { name: 'No Pets' });
    expect((await admin.del(deleteClient, `/api/clients/${lonely.id}`, { id: lonely.id })).status).toBe(204);
    expect((await admin.get(getClient, `/api/clients/${lonely.id}`, { id: lonely.id })).status).toBe(404);
    expect((await admin.del(deleteClient, `/api/clients/${lonely.id}`, { id: lonely.id })).status).toBe(404);
  });

  it("treats another practice's clients as not found, for reads and writes alike", async () => {
    const t = await createTestTenant('cli-scope');
    const admin = await adminCaller(t);
    const p1 = await firstPracticeId(admin);
    const p2 = await createPractice(admin);
    const theirs = await createClient(admin, p2, { name: 'Other Practice Client' });
    const mine = await createClient(admin, p1, { name: 'My Client' });
    const receptionist = await createStaff(admin, 'RECEPTIONIST', [p1]);
    const api = receptionist.api;
    expect((await api.get(getClient, `/api/clients/${theirs.id}`, { id: theirs.id })).status).toBe(404);
    expect(
      (await api.patch(patchClient, `/api/clients/${theirs.id}`, { name: 'Hijacked' }, { id: theirs.id }))
        .status,
    ).toBe(404);
    expect((await api.del(deleteClient, `/api/clients/${theirs.id}`, { id: theirs.id })).status).toBe(404);
    expect(
      (await api.post(createClientRoute, '/api/clients', { practiceId: p2, name: 'Sneaky' })).status,
    ).toBe(404);
    expect((await api.get(listClients, `/api/clients?practiceId=${p2}`)).status).toBe(404);
    const listed = await api.get(listClients, '/api/clients');
    expect(listed.body.data.map((c: Row) => c.id)).toEqual([mine.id]);
    expect((await admin.get(getClient, `/api/clients/${theirs.id}`, { id: theirs.id })).body.data.name).toBe(
      'Other Practice Client',
    );
  });
});
