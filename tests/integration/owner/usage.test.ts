import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as suspend } from '@/app/api/owner/tenants/[id]/suspend/route';
import { GET as getUsage } from '@/app/api/owner/tenants/[id]/usage/route';
import { GET as listTenants } from '@/app/api/owner/tenants/route';
import { tenantUsageSchema } from '@/server/owner/usage/usage.schema';
import { clients, patients, practices } from '@/server/tenant/db/schema';
import { getTenantDatabase } from '@/server/tenancy/connections/tenant-connections';
import { createOwnerAccounts, ownerCall, type OwnerAccount } from '@tests/support/owner-auth';
import { createTestTenant } from '@tests/support/tenants';

let owner: OwnerAccount;

beforeAll(async () => {
  ({ owner } = await createOwnerAccounts('usage'));
});

describe('GET /api/owner/tenants/:id/usage', () => {
  it("counts the tenant's users, practices, patients and stored bytes, and caches them for the list", async () => {
    const { tenant, slug } = await createTestTenant('usage', 'basic');
    const db = await getTenantDatabase(tenant.id);
    const [practice] = await db.select().from(practices).limit(1);
    const [client] = await db
      .insert(clients)
      .values({ practiceId: practice!.id, name: 'Ann Owner' })
      .returning();
    await db.insert(patients).values([
      { practiceId: practice!.id, clientId: client!.id, name: 'Rex', species: 'dog' },
      { practiceId: practice!.id, clientId: client!.id, name: 'Tom', species: 'cat' },
      { practiceId: practice!.id, clientId: client!.id, name: 'Old', species: 'cat', status: 'DECEASED' },
    ]);
    await fs.writeFile(path.join(tenant.storagePath, 'documents', 'a.pdf'), Buffer.alloc(1234));
    await fs.mkdir(path.join(tenant.storagePath, 'uploads', 'deep', 'er'), { recursive: true });
    await fs.writeFile(path.join(tenant.storagePath, 'uploads', 'deep', 'er', 'b.bin'), Buffer.alloc(766));
    // A link is not followed: whatever it points at is not the tenant's storage.
    await fs.symlink('/etc', path.join(tenant.storagePath, 'uploads', 'link'));

    const res = await ownerCall(getUsage, {
      path: `/api/owner/tenants/${tenant.id}/usage`,
      params: { id: tenant.id },
      cookie: owner.cookie,
    });
    expect(res.status).toBe(200);
    const usage = tenantUsageSchema.parse(res.body.data);
    expect(usage.current).toMatchObject({ users: 1, practices: 1, patients: 2, storageBytes: 2000 });
    expect(usage.limits).toMatchObject({ maxUsers: 5, maxPatients: 2000 });
    expect(usage.periods).toHaveLength(1);
    expect(usage.periods[0]).toMatchObject({ users: 1, patients: 2, storageBytes: 2000 });
    expect(usage.periods[0]!.periodStart).toMatch(/^\d{4}-\d{2}-01$/);

    const listed = await ownerCall(listTenants, {
      path: `/api/owner/tenants?q=${slug}`,
      cookie: owner.cookie,
    });
    expect(listed.body.data[0].usage).toMatchObject({
      users: 1,
      practices: 1,
      patients: 2,
      storageBytes: 2000,
    });

    // Measuring again updates this month's row instead of adding one.
    await db
      .insert(patients)
      .values({ practiceId: practice!.id, clientId: client!.id, name: 'New', species: 'dog' });
    const again = await ownerCall(getUsage, {
      path: `/api/owner/tenants/${tenant.id}/usage`,
      params: { id: tenant.id },
      cookie: owner.cookie,
    });
    expect(again.body.data.periods).toHaveLength(1);
    expect(again.body.data.periods[0].patients).toBe(3);
  });

  it('still measures a suspended tenant, and answers 404 for an unknown one', async () => {
    const { tenant } = await createTestTenant('usage-susp', 'basic');
    await ownerCall(suspend, {
      method: 'POST',
      path: `/api/owner/tenants/${tenant.id}/suspend`,
      params: { id: tenant.id },
      cookie: owner.cookie,
    });
    const res = await ownerCall(getUsage, {
      path: `/api/owner/tenants/${tenant.id}/usage`,
      params: { id: tenant.id },
      cookie: owner.cookie,
    });
    expect(res.status).toBe(200);
    expect(res.body.data.current.users).toBe(1);
    const unknown = crypto.randomUUID();
    expect(
      (
        await ownerCall(getUsage, {
          path: `/api/owner/tenants/${unknown}/usage`,
          params: { id: unknown },
          cookie: owner.cookie,
        })
      ).status,
    ).toBe(404);
  });
});
