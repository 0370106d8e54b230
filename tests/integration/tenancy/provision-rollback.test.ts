import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { users } from '@/server/tenant/db/schema';
import { getTenantDatabase } from '@/server/tenancy/connections/tenant-connections';
import {
  PROVISION_STEPS,
  provisionTenant,
  registerTenant,
  runProvisioning,
} from '@/server/tenancy/provisioning/provision-tenant';
import { databaseExists, roleExists } from '@tests/support/core-admin';
import { uniqueSlug } from '@tests/support/factories';

const admin = (slug: string) => ({
  email: `admin@${slug}.test`,
  name: 'Admin',
  password: 'admin-password-123',
});

describe('provisioning rollback', () => {
  it.each(PROVISION_STEPS)(
    'a failure before "%s" leaves the tenant FAILED with nothing behind, and a retry succeeds',
    async (failAt) => {
      const slug = uniqueSlug(`rb-${failAt}`.slice(0, 20));
      const failure = provisionTenant(
        { name: `Rollback ${failAt}`, slug, admin: admin(slug) },
        {
          beforeStep: (step) => {
            if (step === failAt) throw new Error(`injected failure at ${step}`);
          },
        },
      );
      await expect(failure).rejects.toMatchObject({ status: 500, code: 'PROVISIONING_FAILED' });

      const [failed] = await ownerDb.select().from(tenants).where(eq(tenants.slug, slug));
      expect(failed).toMatchObject({
        status: 'FAILED',
        dbPasswordEncrypted: null,
        lastError: `injected failure at ${failAt}`,
      });
      expect(await databaseExists(`tenant_${slug}`)).toBe(false);
      expect(await roleExists(`tenant_${slug}`)).toBe(false);
      expect(fs.existsSync(path.join(process.env.STORAGE_ROOT!, 'tenants', slug))).toBe(false);

      const retried = await runProvisioning(slug);
      expect(retried.status).toBe('ACTIVE');
      expect(retried.lastError).toBeNull();
      const db = await getTenantDatabase(retried.id);
      expect(await db.select({ email: users.email, role: users.role }).from(users)).toEqual([
        { email: `admin@${slug}.test`, role: 'ADMIN' },
      ]);
    },
  );

  it('never provisions one tenant twice at the same time', async () => {
    const slug = uniqueSlug('race');
    const tenant = await registerTenant({ name: 'Race', slug, admin: admin(slug) });
    const results = await Promise.allSettled([runProvisioning(tenant.id), runProvisioning(tenant.id)]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    // Either it found the other attempt's lock, or it started after that attempt had finished.
    expect(rejected[0]!.reason).toMatchObject({ status: 409 });
    expect(['PROVISIONING_IN_PROGRESS', 'INVALID_STATE']).toContain(rejected[0]!.reason.code);
    const [row] = await ownerDb.select().from(tenants).where(eq(tenants.id, tenant.id));
    expect(row?.status).toBe('ACTIVE');
  });

  it('refuses to re-provision an ACTIVE tenant or the default tenant (409)', async () => {
    const slug = uniqueSlug('active');
    const tenant = await provisionTenant({ name: 'Active', slug, admin: admin(slug) });
    await expect(runProvisioning(tenant.id)).rejects.toMatchObject({ status: 409, code: 'INVALID_STATE' });
    await expect(runProvisioning('default')).rejects.toMatchObject({ status: 409, code: 'INVALID_STATE' });
    await expect(runProvisioning('no-such-tenant')).rejects.toMatchObject({ status: 404 });
  });
});
