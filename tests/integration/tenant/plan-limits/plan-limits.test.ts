import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PATCH as patchPatient } from '@/app/api/patients/[id]/route';
import { POST as createPatient } from '@/app/api/patients/route';
import { GET as getPlan } from '@/app/api/plan/route';
import { POST as createPractice } from '@/app/api/practices/route';
import { POST as activate } from '@/app/api/users/[id]/activate/route';
import { POST as deactivate } from '@/app/api/users/[id]/deactivate/route';
import { POST as createUser } from '@/app/api/users/route';
import { ownerDb } from '@/server/owner/db/client';
import { subscriptionPlans, tenantSubscriptions, type PlanLimits } from '@/server/owner/db/schema';
import { uniqueSlug } from '@tests/support/factories';
import { filesOnDisk, SAMPLES, upload, uploadForm } from '@tests/support/pharmacy-files';
import { adminCaller, createClient, createStaff, firstPracticeId } from '@tests/support/tenant-people-api';
import { createTestTenant, type TestTenant } from '@tests/support/tenants';

/** Moves the tenant's current subscription to a new plan with these limits (what an operator's plan change does). */
async function putOnPlan(t: TestTenant, limits: Partial<PlanLimits>): Promise<void> {
  const [plan] = await ownerDb
    .insert(subscriptionPlans)
    .values({
      code: uniqueSlug('tiny'),
      name: 'Tiny',
      priceMinor: 100,
      limits: { maxUsers: null, maxPractices: null, maxPatients: null, maxStorageBytes: null, ...limits },
    })
    .returning();
  await ownerDb
    .update(tenantSubscriptions)
    .set({ planId: plan!.id })
    .where(and(eq(tenantSubscriptions.tenantId, t.tenant.id), isNull(tenantSubscriptions.endedAt)));
}

const newUser = (n: number, practiceIds: string[]) => ({
  email: `staff${n}@plan.test`,
  name: `Staff ${n}`,
  role: 'TECHNICIAN',
  password: 'staff-password-1',
  practiceIds,
});

describe('plan limits', () => {
  it('Basic: one practice and five active users; a deactivated user frees a place and cannot come back over it', async () => {
    const t = await createTestTenant('plan-basic', 'basic');
    const admin = await adminCaller(t);
    const practiceIds = [await firstPracticeId(admin)];

    const practice = await admin.post(createPractice, '/api/practices', { name: 'Second site' });
    expect(practice.status).toBe(403);
    expect(practice.body.error).toMatchObject({
      code: 'PLAN_LIMIT_REACHED',
      details: { resource: 'practices', limit: 1, current: 1 },
    });
    expect(practice.body.error.message).toContain('Basic plan allows 1 practice');

    // The admin is the first of five.
    const ids: string[] = [];
    for (let n = 1; n <= 4; n++) {
      const res = await admin.post(createUser, '/api/users', newUser(n, practiceIds));
      expect(res.status).toBe(201);
      ids.push(res.body.data.id);
    }
    const sixth = await admin.post(createUser, '/api/users', newUser(5, practiceIds));
    expect(sixth.status).toBe(403);
    expect(sixth.body.error.details).toMatchObject({ resource: 'users', limit: 5, current: 5 });

    const off = await admin.post(deactivate, `/api/users/${ids[0]}/deactivate`, undefined, { id: ids[0]! });
    expect(off.status).toBe(200);
    expect((await admin.post(createUser, '/api/users', newUser(5, practiceIds))).status).toBe(201);
    const back = await admin.post(activate, `/api/users/${ids[0]}/activate`, undefined, { id: ids[0]! });
    expect(back.status).toBe(403);
    expect(back.body.error.code).toBe('PLAN_LIMIT_REACHED');
  });

  it('counts active patients exactly under concurrency, and re-activation takes a place again', async () => {
    const t = await createTestTenant('plan-patients', 'basic');
    await putOnPlan(t, { maxPatients: 3 });
    const admin = await adminCaller(t);
    const client = await createClient(admin, await firstPracticeId(admin));
    const pet = (name: string, status?: string) => ({ clientId: client.id, name, species: 'Dog', status });

    // A deceased animal's record does not count.
    const old = await admin.post(createPatient, '/api/patients', pet('Old Bess', 'DECEASED'));
    expect(old.status).toBe(201);

    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, i) => admin.post(createPatient, '/api/patients', pet(`Pup ${i}`))),
    );
    expect(attempts.filter((r) => r.status === 201)).toHaveLength(3);
    const refused = attempts.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r.body.error.code).toBe('PLAN_LIMIT_REACHED');

    const revive = await admin.patch(
      patchPatient,
      `/api/patients/${old.body.data.id}`,
      { status: 'ACTIVE' },
      {
        id: old.body.data.id,
      },
    );
    expect(revive.status).toBe(403);
    expect(revive.body.error.details).toMatchObject({ resource: 'patients', limit: 3, current: 3 });

    // An operator's upgrade applies to the next request.
    await putOnPlan(t, { maxPatients: 4 });
    expect((await admin.post(createPatient, '/api/patients', pet('Newcomer'))).status).toBe(201);
  });

  it('refuses an upload that would exceed the storage limit and leaves nothing on disk', async () => {
    const t = await createTestTenant('plan-storage', 'basic');
    await putOnPlan(t, { maxStorageBytes: SAMPLES.pdf.length + SAMPLES.png.length - 1 });
    const admin = await adminCaller(t);

    expect((await upload(t, admin.cookie, uploadForm(SAMPLES.pdf, 'lab.pdf'))).status).toBe(201);
    const before = filesOnDisk(t.slug);
    const over = await upload(t, admin.cookie, uploadForm(SAMPLES.png, 'xray.png'));
    expect(over.status).toBe(403);
    expect(over.body.error.details).toMatchObject({
      resource: 'storageBytes',
      current: SAMPLES.pdf.length,
    });
    expect(filesOnDisk(t.slug)).toEqual(before);
  });

  it('shows admins the plan and its usage against each limit (GET /api/plan), and no one else', async () => {
    const t = await createTestTenant('plan-usage', 'basic');
    const admin = await adminCaller(t);
    expect((await upload(t, admin.cookie, uploadForm(SAMPLES.png, 'a.png'))).status).toBe(201);
    const res = await admin.get(getPlan, '/api/plan');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      plan: { code: 'basic', name: 'Basic' },
      users: { used: 1, limit: 5 },
      practices: { used: 1, limit: 1 },
      patients: { used: 0, limit: 2000 },
      storageBytes: { used: SAMPLES.png.length, limit: 5 * 1024 ** 3 },
    });

    const vet = await createStaff(admin, 'VETERINARIAN', [await firstPracticeId(admin)]);
    expect((await vet.api.get(getPlan, '/api/plan')).status).toBe(403);
  });
});
