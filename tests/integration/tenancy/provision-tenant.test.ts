import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { practices, userPractices, users } from '@/server/tenant/db/schema';
import { getTenantDatabase } from '@/server/tenancy/connections/tenant-connections';
import { loadTenantConnectionInfo } from '@/server/tenancy/connections/connection-info';
import { migrationPlan, TENANT_MIGRATIONS } from '@/server/tenancy/migrations/run-migrations';
import { provisionTenant } from '@/server/tenancy/provisioning/provision-tenant';
import { adminQuery, databaseExists, roleExists } from '@tests/support/core-admin';
import { uniqueSlug } from '@tests/support/factories';

const SEED_TABLES = [
  'users',
  'sessions',
  'practices',
  'user_practices',
  'patients',
  'appointments',
  'medical_records',
  'prescriptions',
  'inventory',
];
const FOLDERS = ['practices', 'medical-imaging', 'documents', 'uploads', 'backups'];

function admin(slug: string) {
  return { email: `Admin@${slug}.test`, name: 'Ada Admin', password: 'correct-horse-battery' };
}

describe('provisionTenant', () => {
  it('creates an ACTIVE tenant with its own database, tables, role, folders and first admin', async () => {
    const slug = uniqueSlug('happy');
    const tenant = await provisionTenant({
      name: 'Happy Paws',
      slug,
      practiceName: 'Happy Paws Downtown',
      admin: admin(slug),
    });
    expect(tenant.status).toBe('ACTIVE');
    expect(tenant.dbName).toBe(`tenant_${slug}`);
    expect(tenant.dbRole).toBe(`tenant_${slug}`);
    expect(tenant.dbPasswordEncrypted).toMatch(/^v1\./);
    expect(tenant.pendingAdmin).toBeNull();

    expect(await databaseExists(tenant.dbName)).toBe(true);
    const tables = await adminQuery<{ table_name: string }>(
      tenant.dbName,
      "select table_name from information_schema.tables where table_schema = 'public'",
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(SEED_TABLES));

    // A login role with no special powers; nobody but it (and the admin) may connect.
    const [role] = await adminQuery(
      tenant.dbName,
      'select rolcanlogin, rolsuper, rolcreatedb, rolcreaterole from pg_roles where rolname = $1',
      [tenant.dbRole],
    );
    expect(role).toEqual({ rolcanlogin: true, rolsuper: false, rolcreatedb: false, rolcreaterole: false });
    const [acl] = await adminQuery(
      'postgres',
      "select has_database_privilege('public', $1, 'CONNECT') as public_connect, has_database_privilege($2, $1, 'CONNECT') as role_connect",
      [tenant.dbName, tenant.dbRole],
    );
    expect(acl).toEqual({ public_connect: false, role_connect: true });

    // Marked as this tenant's, with the schema version read from its own migration journal.
    const [marker] = await adminQuery<{ comment: string }>(
      'postgres',
      "select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1",
      [tenant.dbName],
    );
    expect(marker?.comment).toBe(
      `smartdmv tenant ${tenant.id}; schema ${migrationPlan(TENANT_MIGRATIONS).latest}`,
    );

    // The role reads and writes data but cannot change the schema.
    const asTenant = new pg.Client(await loadTenantConnectionInfo(tenant.id));
    await asTenant.connect();
    try {
      await asTenant.query("insert into practices (name) values ('Second site')");
      expect((await asTenant.query('select count(*)::int as n from practices')).rows[0]).toEqual({ n: 2 });
      await expect(asTenant.query('create table sneaky (id int)')).rejects.toMatchObject({ code: '42501' });
      await expect(asTenant.query('drop table patients')).rejects.toMatchObject({ code: '42501' });
      // Nor can it rewrite the marker `tenants:migrate` trusts.
      await expect(
        asTenant.query(
          `comment on database "${tenant.dbName}" is 'smartdmv tenant x; schema 99999999999999'`,
        ),
      ).rejects.toMatchObject({ code: '42501' });
    } finally {
      await asTenant.end();
    }

    for (const folder of FOLDERS)
      expect(fs.statSync(path.join(process.env.STORAGE_ROOT!, 'tenants', slug, folder)).isDirectory()).toBe(
        true,
      );

    const db = await getTenantDatabase(slug);
    const [user] = await db
      .select()
      .from(users)
      .where(eq(users.email, `admin@${slug}.test`));
    expect(user).toMatchObject({ role: 'ADMIN', name: 'Ada Admin', isActive: true });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const links = await db
      .select({ practice: practices.name })
      .from(userPractices)
      .innerJoin(practices, eq(practices.id, userPractices.practiceId))
      .where(eq(userPractices.userId, user!.id));
    expect(links).toEqual([{ practice: 'Happy Paws Downtown' }]);
  });

  it('keeps two tenants’ data apart', async () => {
    const [a, b] = await Promise.all(
      ['sep-a', 'sep-b']
        .map((p) => uniqueSlug(p))
        .map((slug) => provisionTenant({ name: `Clinic ${slug}`, slug, admin: admin(slug) })),
    );
    const dbA = await getTenantDatabase(a!.id);
    const dbB = await getTenantDatabase(b!.id);
    await dbA.insert(practices).values({ name: 'Only in A' });
    expect(await dbA.select().from(practices).where(eq(practices.name, 'Only in A'))).toHaveLength(1);
    expect(await dbB.select().from(practices).where(eq(practices.name, 'Only in A'))).toEqual([]);
    expect((await dbB.select({ email: users.email }).from(users)).map((u) => u.email)).toEqual([
      `admin@${b!.slug}.test`,
    ]);
  });

  it.each([
    ['an SQL injection attempt', 'x"; drop database y; --'],
    ['a quote injection attempt', "x'; drop role postgres; --"],
    ['upper case', 'Clinic'],
    ['a leading digit', '1clinic'],
    ['a single character', 'a'],
    ['41 characters', `a${'b'.repeat(40)}`],
    ['a trailing hyphen', 'clinic-'],
    ['two hyphens in a row', 'clinic--one'],
    ['a dot', 'clinic.one'],
    ['the reserved word www', 'www'],
    ['the reserved word owner', 'owner'],
    ['the reserved word api', 'api'],
    ['the reserved word admin', 'admin'],
    ['the reserved word default', 'default'],
  ])('refuses a slug with %s (400, nothing created)', async (_case, slug) => {
    const sentinel = `sentinel_${uniqueSlug('s').replace(/-/g, '_')}`;
    await adminQuery('postgres', `create database ${sentinel}`);
    await expect(provisionTenant({ name: 'Bad slug', slug, admin: admin('bad-slug') })).rejects.toMatchObject(
      {
        status: 400,
        code: 'VALIDATION_ERROR',
        details: { fields: { slug: expect.any(Array) } },
      },
    );
    // (The default tenant owns the slug `default`; nothing else may be registered under any of these.)
    expect(
      await ownerDb
        .select({ id: tenants.id })
        .from(tenants)
        .where(and(eq(tenants.slug, slug), eq(tenants.isDefault, false))),
    ).toEqual([]);
    expect(await databaseExists(sentinel)).toBe(true);
    expect(await roleExists('postgres')).toBe(true);
    await adminQuery('postgres', `drop database ${sentinel}`);
  });

  it('answers 409 for a slug in use and leaves the first tenant untouched', async () => {
    const slug = uniqueSlug('dup');
    const first = await provisionTenant({ name: 'First', slug, admin: admin(slug) });
    await expect(provisionTenant({ name: 'Second', slug, admin: admin(slug) })).rejects.toMatchObject({
      status: 409,
      code: 'SLUG_TAKEN',
    });
    const [row] = await ownerDb.select().from(tenants).where(eq(tenants.id, first.id));
    expect(row?.status).toBe('ACTIVE');
    expect(await databaseExists(first.dbName)).toBe(true);
    expect(await roleExists(first.dbRole)).toBe(true);
  });

  it('answers 409 when a database of that name already exists, and never drops it', async () => {
    const slug = uniqueSlug('predb');
    await adminQuery('postgres', `create database "tenant_${slug}"`);
    await adminQuery(
      `tenant_${slug}`,
      "create table precious (v text); insert into precious values ('keep me')",
    );
    await expect(provisionTenant({ name: 'Clash', slug, admin: admin(slug) })).rejects.toMatchObject({
      status: 409,
      code: 'DATABASE_EXISTS',
    });
    expect(await adminQuery(`tenant_${slug}`, 'select v from precious')).toEqual([{ v: 'keep me' }]);
    expect(await roleExists(`tenant_${slug}`)).toBe(false);
    expect(fs.existsSync(path.join(process.env.STORAGE_ROOT!, 'tenants', slug))).toBe(false);
    const [row] = await ownerDb.select().from(tenants).where(eq(tenants.slug, slug));
    expect(row).toMatchObject({ status: 'FAILED', dbPasswordEncrypted: null });
    expect(row?.lastError).toContain('already exists');
  });

  it('answers 409 when a role of that name already exists, and never drops it', async () => {
    const slug = uniqueSlug('prerole');
    await adminQuery('postgres', `create role "tenant_${slug}" login`);
    await expect(provisionTenant({ name: 'Clash', slug, admin: admin(slug) })).rejects.toMatchObject({
      status: 409,
      code: 'ROLE_EXISTS',
    });
    expect(await roleExists(`tenant_${slug}`)).toBe(true);
    expect(await databaseExists(`tenant_${slug}`)).toBe(false);
    await adminQuery('postgres', `drop role "tenant_${slug}"`);
  });
});
