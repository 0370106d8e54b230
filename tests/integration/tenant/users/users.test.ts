import { describe, expect, it } from 'vitest';
import { GET as me } from '@/app/api/auth/me/route';
import { POST as activate } from '@/app/api/users/[id]/activate/route';
import { POST as deactivate } from '@/app/api/users/[id]/deactivate/route';
import { POST as resetPassword } from '@/app/api/users/[id]/reset-password/route';
import { GET as getUser, PATCH as patchUser } from '@/app/api/users/[id]/route';
import { GET as listUsers, POST as createUser } from '@/app/api/users/route';
import {
  adminCaller,
  caller,
  createPractice,
  createStaff,
  firstPracticeId,
  readAllPages,
  type Row,
} from '@tests/support/tenant-people-api';
import { createTestTenant, signIn } from '@tests/support/tenants';

describe('/api/users', () => {
  it('creates users, lists them with filters and search, and reads one back', async () => {
    const t = await createTestTenant('users-crud');
    const admin = await adminCaller(t);
    const p1 = await firstPracticeId(admin);
    const created = await admin.post(createUser, '/api/users', {
      email: 'Vera.Vet@Clinic.test',
      name: 'Vera Vet',
      role: 'VETERINARIAN',
      password: 'vera-password-1',
      practiceIds: [p1],
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      email: 'vera.vet@clinic.test',
      role: 'VETERINARIAN',
      isActive: true,
      mustChangePassword: false,
      practiceIds: [p1],
    });
    expect(created.body.data.temporaryPassword).toBeUndefined();
    expect(JSON.stringify(created.body)).not.toMatch(/passwordHash|scrypt|argon2/);
    await createStaff(admin, 'RECEPTIONIST', [p1]);

    const vets = await admin.get(listUsers, '/api/users?role=VETERINARIAN');
    expect(vets.body.data.map((u: Row) => u.name)).toEqual(['Vera Vet']);
    const search = await admin.get(listUsers, '/api/users?q=VERA');
    expect(search.body.data).toHaveLength(1);
    const inPractice = await admin.get(listUsers, `/api/users?practiceId=${p1}&active=true`);
    expect(inPractice.body.data).toHaveLength(3);

    const one = await admin.get(getUser, `/api/users/${created.body.data.id}`, { id: created.body.data.id });
    expect(one.status).toBe(200);
    expect(one.body.data.email).toBe('vera.vet@clinic.test');
    expect((await admin.get(getUser, '/api/users/not-a-uuid', { id: 'not-a-uuid' })).status).toBe(404);
  });

  it('refuses a duplicate email (409), a role without practices and unknown practices (400)', async () => {
    const t = await createTestTenant('users-bad');
    const admin = await adminCaller(t);
    const p1 = await firstPracticeId(admin);
    const dup = await admin.post(createUser, '/api/users', {
      email: t.admin.email,
      name: 'Dup',
      role: 'TECHNICIAN',
      password: 'long-password-1',
      practiceIds: [p1],
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('EMAIL_TAKEN');
    const noPractice = await admin.post(createUser, '/api/users', {
      email: 'np@x.test',
      name: 'NP',
      role: 'TECHNICIAN',
      password: 'long-password-1',
    });
    expect(noPractice.status).toBe(400);
    expect(noPractice.body.error.details.fields.practiceIds).toBeDefined();
    const unknown = await admin.post(createUser, '/api/users', {
      email: 'up@x.test',
      name: 'UP',
      role: 'TECHNICIAN',
      password: 'long-password-1',
      practiceIds: ['6f1c1b8e-3f0a-4c57-9a43-9d1f0c2b7a11'],
    });
    expect(unknown.status).toBe(400);
    const short = await admin.post(createUser, '/api/users', {
      email: 'sp@x.test',
      name: 'SP',
      role: 'ADMIN',
      password: 'short',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.details.fields.password).toBeDefined();
    // Nothing half-created by the refused requests.
    expect((await admin.get(listUsers, '/api/users')).body.data).toHaveLength(1);
  });

  it('changes role and practices', async () => {
    const t = await createTestTenant('users-patch');
    const admin = await adminCaller(t);
    const p1 = await firstPracticeId(admin);
    const p2 = await createPractice(admin);
    const tech = await createStaff(admin, 'TECHNICIAN', [p1]);
    const res = await admin.patch(
      patchUser,
      `/api/users/${tech.id}`,
      { role: 'VETERINARIAN', practiceIds: [p2], name: 'Promoted' },
      { id: tech.id },
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ role: 'VETERINARIAN', practiceIds: [p2], name: 'Promoted' });
    const self = await tech.api.get(me, '/api/auth/me');
    expect(self.body.data.user).toMatchObject({ role: 'VETERINARIAN', practiceIds: [p2] });
    expect((await admin.patch(patchUser, `/api/users/${tech.id}`, {}, { id: tech.id })).status).toBe(400);
    expect(
      (await admin.patch(patchUser, `/api/users/${tech.id}`, { practiceIds: [] }, { id: tech.id })).status,
    ).toBe(400);
  });

  it('deactivation ends sessions and blocks sign-in until reactivated', async () => {
    const t = await createTestTenant('users-deact');
    const admin = await adminCaller(t);
    const vet = await createStaff(admin, 'VETERINARIAN', [await firstPracticeId(admin)]);
    const res = await admin.post(deactivate, `/api/users/${vet.id}/deactivate`, undefined, { id: vet.id });
    expect(res.status).toBe(200);
    expect(res.body.data.isActive).toBe(false);
    expect((await vet.api.get(me, '/api/auth/me')).status).toBe(401);
    await expect(signIn(t.origin, vet.email, vet.password)).rejects.toThrow(/401/);
    expect(
      (await admin.post(activate, `/api/users/${vet.id}/activate`, undefined, { id: vet.id })).body.data
        .isActive,
    ).toBe(true);
    await expect(signIn(t.origin, vet.email, vet.password)).resolves.toMatch(/=/);
  });

  it('reset-password issues a one-time temporary password and ends sessions', async () => {
    const t = await createTestTenant('users-reset');
    const admin = await adminCaller(t);
    const vet = await createStaff(admin, 'VETERINARIAN', [await firstPracticeId(admin)]);
    const res = await admin.post(resetPassword, `/api/users/${vet.id}/reset-password`, undefined, {
      id: vet.id,
    });
    expect(res.status).toBe(200);
    const temporaryPassword: string = res.body.data.temporaryPassword;
    expect((await vet.api.get(me, '/api/auth/me')).status).toBe(401);
    await expect(signIn(t.origin, vet.email, vet.password)).rejects.toThrow(/401/);
    const fresh = caller(t.origin, await signIn(t.origin, vet.email, temporaryPassword));
    expect((await fresh.get(me, '/api/auth/me')).body.data.user.mustChangePassword).toBe(true);
    const missing = '6f1c1b8e-3f0a-4c57-9a43-9d1f0c2b7a11';
    expect(
      (await admin.post(resetPassword, `/api/users/${missing}/reset-password`, undefined, { id: missing }))
        .status,
    ).toBe(404);
  });

  it('never removes the last active admin, by deactivation or demotion', async () => {
    const t = await createTestTenant('users-last');
    const admin = await adminCaller(t);
    const self = (await admin.get(me, '/api/auth/me')).body.data.user;
    const selfDeactivate = await admin.post(deactivate, `/api/users/${self.id}/deactivate`, undefined, {
      id: self.id,
    });
    expect(selfDeactivate.status).toBe(409);
    expect(selfDeactivate.body.error.code).toBe('LAST_ADMIN');
    const demote = await admin.patch(
      patchUser,
      `/api/users/${self.id}`,
      { role: 'VETERINARIAN' },
      { id: self.id },
    );
    expect(demote.status).toBe(409);
    expect((await admin.get(me, '/api/auth/me')).body.data.user.role).toBe('ADMIN');

    const second = await createStaff(admin, 'ADMIN', []);
    const nowOk = await admin.patch(
      patchUser,
      `/api/users/${self.id}`,
      { role: 'VETERINARIAN' },
      { id: self.id },
    );
    expect(nowOk.status).toBe(200);
    expect(
      (await second.api.post(deactivate, `/api/users/${second.id}/deactivate`, undefined, { id: second.id }))
        .status,
    ).toBe(409);
  });

  it('lets only one of two admins demoting each other at once succeed', async () => {
    const t = await createTestTenant('users-race');
    const a = await adminCaller(t);
    const aId = (await a.get(me, '/api/auth/me')).body.data.user.id;
    const b = await createStaff(a, 'ADMIN', []);
    const [r1, r2] = await Promise.all([
      a.patch(
        patchUser,
        `/api/users/${b.id}`,
        { role: 'RECEPTIONIST', practiceIds: [await firstPracticeId(a)] },
        { id: b.id },
      ),
      b.api.post(deactivate, `/api/users/${aId}/deactivate`, undefined, { id: aId }),
    ]);
    const statuses = [r1.status, r2.status].sort();
    // Whichever commits first wins; the loser finds it would leave no admin (409), or has already lost its admin
    // role (403) or its session (401, deactivated).
    expect(statuses[0]).toBe(200);
    expect([401, 403, 409]).toContain(statuses[1]);
    const admins = await (statuses[0] === r1.status ? a : b.api).get(
      listUsers,
      '/api/users?role=ADMIN&active=true',
    );
    expect(admins.body.data).toHaveLength(1);
  });

  it('pages through users with a stable cursor and rejects a forged one', async () => {
    const t = await createTestTenant('users-page');
    const admin = await adminCaller(t);
    const p1 = await firstPracticeId(admin);
    for (let i = 0; i < 4; i++) await createStaff(admin, 'TECHNICIAN', [p1]);
    const all = await readAllPages((cursor) =>
      admin.get(listUsers, `/api/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`),
    );
    expect(all).toHaveLength(5);
    expect(new Set(all.map((u) => u.id)).size).toBe(5);
    const forged = Buffer.from(JSON.stringify({ k: 'x', id: "1' or 1=1" })).toString('base64url');
    const bad = await admin.get(listUsers, `/api/users?cursor=${forged}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('INVALID_CURSOR');
  });

  it('shows non-admins only colleagues of their own practices', async () => {
    const t = await createTestTenant('users-scope');
    const admin = await adminCaller(t);
    const p1 = await firstPracticeId(admin);
    const p2 = await createPractice(admin);
    const vet1 = await createStaff(admin, 'VETERINARIAN', [p1]);
    const vet2 = await createStaff(admin, 'VETERINARIAN', [p2]);
    const seen = await vet1.api.get(listUsers, '/api/users?role=VETERINARIAN');
    expect(seen.body.data.map((u: Row) => u.id)).toEqual([vet1.id]);
    expect((await vet1.api.get(getUser, `/api/users/${vet2.id}`, { id: vet2.id })).status).toBe(404);
    expect((await vet1.api.get(listUsers, `/api/users?practiceId=${p2}`)).status).toBe(404);
    expect((await admin.get(listUsers, '/api/users?role=VETERINARIAN')).body.data).toHaveLength(2);
  });
});
