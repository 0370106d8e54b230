import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { deprovisionTenant } from '@/server/tenancy/provisioning/deprovision-tenant';
import { getTenantDatabase } from '@/server/tenancy/connections/tenant-connections';
import { provisionTenant } from '@/server/tenancy/provisioning/provision-tenant';
import { practices } from '@/server/tenant/db/schema';
import { databaseExists, roleExists } from '@tests/support/core-admin';
import { uniqueSlug } from '@tests/support/factories';

describe('deprovisionTenant', () => {
  it('drops the database and role, archives the files to archive/<slug>-<timestamp>, and frees the slug', async () => {
    const slug = uniqueSlug('gone');
    const tenant = await provisionTenant({
      name: 'Gone',
      slug,
      admin: { email: `admin@${slug}.test`, name: 'Admin', password: 'admin-password-123' },
    });
    const uploads = path.join(process.env.STORAGE_ROOT!, 'tenants', slug, 'uploads');
    fs.writeFileSync(path.join(uploads, 'xray.txt'), 'keep this');
    // An open pool with a live connection must not stop the drop.
    const db = await getTenantDatabase(tenant.id);
    await db.select().from(practices);

    const deleted = await deprovisionTenant(tenant.id);
    expect(deleted.status).toBe('DELETED');
    expect(deleted.dbPasswordEncrypted).toBeNull();
    expect(await databaseExists(tenant.dbName)).toBe(false);
    expect(await roleExists(tenant.dbRole)).toBe(false);

    expect(fs.existsSync(path.join(process.env.STORAGE_ROOT!, 'tenants', slug))).toBe(false);
    const archive = path.join(process.env.STORAGE_ROOT!, 'archive');
    const archived = fs.readdirSync(archive).filter((name) => name.startsWith(`${slug}-`));
    expect(archived).toHaveLength(1);
    expect(archived[0]).toMatch(new RegExp(`^${slug}-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z$`));
    expect(deleted.storagePath).toBe(path.join(archive, archived[0]!));
    expect(fs.readFileSync(path.join(archive, archived[0]!, 'uploads', 'xray.txt'), 'utf8')).toBe(
      'keep this',
    );

    await expect(deprovisionTenant(tenant.id)).rejects.toMatchObject({ status: 404 });
    const again = await provisionTenant({
      name: 'Gone again',
      slug,
      admin: { email: `admin@${slug}.test`, name: 'Admin', password: 'admin-password-123' },
    });
    expect(again.status).toBe('ACTIVE');
    const rows = await ownerDb.select({ status: tenants.status }).from(tenants).where(eq(tenants.slug, slug));
    expect(rows.map((r) => r.status).sort()).toEqual(['ACTIVE', 'DELETED']);
  });

  it('refuses to delete the default tenant (409)', async () => {
    const [row] = await ownerDb.select().from(tenants).where(eq(tenants.isDefault, true));
    await expect(deprovisionTenant(row!.id)).rejects.toMatchObject({ status: 409 });
    expect(await databaseExists(row!.dbName)).toBe(true);
  });
});
