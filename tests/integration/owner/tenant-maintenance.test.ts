import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as listPractices } from '@/app/api/practices/route';
import { POST as maintenance } from '@/app/api/owner/tenants/[id]/maintenance/route';
import { GET as getTenant } from '@/app/api/owner/tenants/[id]/route';
import { GET as listTenants } from '@/app/api/owner/tenants/route';
import { ownerDb } from '@/server/owner/db/client';
import { tenantDetailSchema } from '@/server/owner/tenants/tenant.schema';
import { enterMaintenance, leaveMaintenance } from '@/server/tenancy/routing/maintenance';
import { callRoute } from '@tests/support/http';
import { createOwnerAccounts, ownerCall, type OwnerAccount } from '@tests/support/owner-auth';
import { createTestTenant, signIn } from '@tests/support/tenants';

let owner: OwnerAccount;
let support: OwnerAccount;

beforeAll(async () => {
  ({ owner, support } = await createOwnerAccounts('maint-api'));
});

function toggle(id: string, body: unknown, cookie = owner.cookie) {
  return ownerCall(maintenance, {
    method: 'POST',
    path: `/api/owner/tenants/${id}/maintenance`,
    params: { id },
    body,
    cookie,
  });
}

describe('POST /api/owner/tenants/:id/maintenance', () => {
  it('turns maintenance on with a message (503 on the clinic), shows it in detail and list, then off', async () => {
    const clinic = await createTestTenant('maint-api');
    const cookie = await signIn(clinic.origin, clinic.admin.email, clinic.admin.password);
    const practices = () => callRoute(listPractices, { url: `${clinic.origin}/api/practices`, cookie });

    const on = await toggle(clinic.tenant.id, { enabled: true, message: 'Upgrading storage until 10:00.' });
    expect(on.status).toBe(200);
    const detail = tenantDetailSchema.parse(on.body.data);
    expect(detail.maintenance).toMatchObject({
      reason: 'OPERATOR',
      message: 'Upgrading storage until 10:00.',
    });
    const during = await practices();
    expect(during.status).toBe(503);
    expect(during.body.error).toMatchObject({
      code: 'TENANT_MAINTENANCE',
      message: 'Upgrading storage until 10:00.',
    });

    const read = await ownerCall(getTenant, {
      path: `/api/owner/tenants/${clinic.tenant.id}`,
      params: { id: clinic.tenant.id },
      cookie: support.cookie,
    });
    expect(read.body.data.maintenance.message).toBe('Upgrading storage until 10:00.');
    const listed = await ownerCall(listTenants, {
      path: `/api/owner/tenants?q=${clinic.slug}`,
      cookie: owner.cookie,
    });
    expect(listed.body.data[0].maintenance.reason).toBe('OPERATOR');

    const off = await toggle(clinic.tenant.id, { enabled: false });
    expect(off.status).toBe(200);
    expect(off.body.data.maintenance).toBeNull();
    expect((await practices()).status).toBe(200);

    const audit = await ownerDb.execute<{ action: string }>(
      sql`select action from owner_audit_log where target_id = ${clinic.tenant.id} and action like 'tenant.maintenance.%' order by created_at`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['tenant.maintenance.enter', 'tenant.maintenance.leave']);
  });

  it('refuses bad input, SUPPORT, unknown clinics, and a maintenance held by a restore', async () => {
    const clinic = await createTestTenant('maint-bad');
    const bad = await toggle(clinic.tenant.id, { enabled: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toBeTruthy();
    expect((await toggle(clinic.tenant.id, { enabled: true }, support.cookie)).status).toBe(403);
    expect((await toggle(crypto.randomUUID(), { enabled: true })).status).toBe(404);

    await enterMaintenance(ownerDb, { tenantId: clinic.tenant.id, reason: 'RESTORE', exclusive: true });
    const held = await toggle(clinic.tenant.id, { enabled: false });
    expect(held.status).toBe(409);
    expect(held.body.error.code).toBe('MAINTENANCE_IN_PROGRESS');
    await leaveMaintenance(ownerDb, { tenantId: clinic.tenant.id, reason: 'RESTORE' });
  });
});
