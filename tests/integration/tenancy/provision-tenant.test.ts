import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { users } from '@/server/tenant/db/schema';
import '@/server/tenancy/tenant-connection';
import { getTenantDatabase } from '@/server/tenancy/tenant-connection';
import { provisionTenant } from '@/server/tenancy/provision-tenant';
import { uniqueSlug } from '../../support/factories';

describe('provisionTenant', () => {
  it('creates an ACTIVE tenant with its own database, role, folders and admin', async () => {
    const slug = uniqueSlug('happy');
    const tenant = await provisionTenant({
      name: 'Happy Paws',
      slug,
      admin: { email: 'Admin@Happy.test', name: 'Ada Admin', password: 'correct-horse-battery' },
    });
    expect(tenant.status).toBe('ACTIVE');
    expect(tenant.dbName).toBe(`tenant_${slug}`);
    expect(tenant.dbPasswordEncrypted).toMatch(/^v1\./);

    const admin = new pg.Client({ connectionString: process.env.OWNER_DATABASE_URL });
    await admin.connect();
    const { rows } = await admin.query('select datname from pg_database where datname = $1', [`tenant_${slug}`]);
    await admin.end();
    expect(rows).toHaveLength(1);

    for (const folder of ['practices', 'medical-imaging', 'documents', 'uploads', 'backups']) {
      expect(fs.existsSync(path.join(process.env.STORAGE_ROOT!, 'tenants', slug, folder))).toBe(true);
    }
    const db = await getTenantDatabase(slug);
    const [user] = await db.select().from(users).where(eq(users.email, 'admin@happy.test'));
    expect(user?.role).toBe('ADMIN');
    const [row] = await ownerDb.select().from(tenants).where(eq(tenants.id, tenant.id));
    expect(row?.pendingAdmin).toBeNull();
  });
});
