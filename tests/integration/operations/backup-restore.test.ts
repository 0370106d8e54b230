import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/server/owner/db/client';
import { tenantBackups, tenantRestores, tenants } from '@/server/owner/db/schema';
import { backupFolderPath } from '@/server/operations/backups/backup-location';
import { readManifest } from '@/server/operations/backups/manifest';
import { restoreAsNewTenant } from '@/server/operations/backups/restore-as-new-tenant';
import { restoreInPlace, RESTORE_STEPS } from '@/server/operations/backups/restore-in-place';
import { takeBackup } from '@/server/operations/backups/take-backup';
import { migrationPlan, TENANT_MIGRATIONS } from '@/server/tenancy/migrations/run-migrations';
import { adminQuery, databaseExists } from '@tests/support/core-admin';
import { createFilledClinic, databaseSnapshot, filesSnapshot } from '@tests/support/backup-fixtures';
import { signIn } from '@tests/support/tenants';
import { uniqueSlug } from '@tests/support/factories';

const withoutSessions = (snapshot: Record<string, unknown>) => ({ ...snapshot, sessions: undefined });

// Whole-database dumps and restores: on a busy 2-core machine they take minutes, not seconds.
describe('backup and restore', { timeout: 300_000 }, () => {
  it('takes a complete backup whose manifest describes every table and part', async () => {
    const { tenant } = await createFilledClinic();
    const backup = await takeBackup(ownerDb, { tenantId: tenant.id, kind: 'manual' });
    expect(backup.status, backup.error ?? '').toBe('complete');
    expect(backup.folder).toMatch(/^\d{8}T\d{6}Z-[0-9a-f-]{36}$/);
    const folder = backupFolderPath(tenant, backup.folder);
    expect(fs.readdirSync(folder).sort()).toEqual(['database.dump', 'files.tar.gz', 'manifest.json']);
    const manifest = await readManifest(folder);
    expect(manifest).toMatchObject({
      tenantId: tenant.id,
      slug: tenant.slug,
      schemaVersion: migrationPlan(TENANT_MIGRATIONS).latest,
    });
    expect(manifest.pgDumpVersion).toMatch(/^15\./);
    const counts = await adminQuery<{ n: number }>(tenant.dbName, 'select count(*)::int as n from patients');
    expect(manifest.tables.patients).toBe(counts[0]!.n);
    expect(manifest.tables.medical_records).toBeGreaterThan(0);
    expect(backup.sizeBytes).toBe(
      manifest.parts['database.dump'].sizeBytes + manifest.parts['files.tar.gz'].sizeBytes,
    );
  });

  it('round-trips in place row-exact for every table, files byte-identical, sessions revoked, passwords kept', async () => {
    const clinic = await createFilledClinic();
    const { tenant } = clinic;
    const cookie = await signIn(clinic.origin, clinic.admin.email, clinic.admin.password);
    expect(cookie).toBeTruthy();
    const before = await databaseSnapshot(tenant.dbName);
    const filesBefore = filesSnapshot(tenant.storagePath);
    const backup = await takeBackup(ownerDb, { tenantId: tenant.id, kind: 'manual' });
    expect(backup.status).toBe('complete');

    // Change everything after the backup: rows, files.
    await adminQuery(tenant.dbName, 'delete from patient_weights');
    await adminQuery(tenant.dbName, `update patients set name = 'changed'`);
    fs.rmSync(path.join(tenant.storagePath, 'documents', 'consent.pdf'));
    fs.writeFileSync(path.join(tenant.storagePath, 'documents', 'new.txt'), 'after the backup');

    const restore = await restoreInPlace(ownerDb, { tenantId: tenant.id, backupId: backup.id });
    expect(restore.status).toBe('complete');
    const after = await databaseSnapshot(tenant.dbName);
    expect(withoutSessions(after)).toEqual(withoutSessions(before));
    expect(after.sessions).toEqual([]);
    expect(filesSnapshot(tenant.storagePath)).toEqual(filesBefore);
    // Sequences continue past the restored ids.
    const next = await adminQuery<{ ok: boolean }>(
      tenant.dbName,
      `select nextval(pg_get_serial_sequence('drizzle.__drizzle_migrations', 'id')) > (select max(id) from drizzle.__drizzle_migrations) as ok`,
    );
    expect(next[0]!.ok).toBe(true);
    // The same password still signs in, as the clinic's own role (rights re-applied).
    expect(await signIn(clinic.origin, clinic.admin.email, clinic.admin.password)).toBeTruthy();
    const [row] = await ownerDb.select().from(tenants).where(eq(tenants.id, tenant.id));
    expect(row).toMatchObject({ status: 'ACTIVE', maintenanceStartedAt: null });
    // The replaced database is kept aside, and a pre-restore backup was taken.
    expect(await databaseExists(restore.replacedDatabase!)).toBe(true);
    const kinds = (
      await ownerDb.select().from(tenantBackups).where(eq(tenantBackups.tenantId, tenant.id))
    ).map((b) => b.kind);
    expect(kinds.sort()).toEqual(['manual', 'pre-restore']);
  });

  it('restores a backup taken before a later migration and brings it to the latest schema', async () => {
    const clinic = await createFilledClinic();
    const { tenant } = clinic;
    const latest = migrationPlan(TENANT_MIGRATIONS).latest;
    // Roll the clinic back to before the newest migration (password reset tokens), as a clinic last migrated by
    // older code.
    await adminQuery(
      tenant.dbName,
      `drop table password_reset_tokens cascade;
       delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`,
    );
    const backup = await takeBackup(ownerDb, { tenantId: tenant.id, kind: 'manual' });
    expect(backup.schemaVersion).toBeLessThan(latest);
    await restoreInPlace(ownerDb, { tenantId: tenant.id, backupId: backup.id });
    const applied = await adminQuery<{ v: string }>(
      tenant.dbName,
      'select max(created_at)::text as v from drizzle.__drizzle_migrations',
    );
    expect(Number(applied[0]!.v)).toBe(latest);
    const column = await adminQuery(
      tenant.dbName,
      `select 1 from information_schema.tables where table_name = 'password_reset_tokens'`,
    );
    expect(column).toHaveLength(1);
    expect(await signIn(clinic.origin, clinic.admin.email, clinic.admin.password)).toBeTruthy();
  });

  it('refuses a corrupt archive with nothing changed', async () => {
    const { tenant } = await createFilledClinic();
    const backup = await takeBackup(ownerDb, { tenantId: tenant.id, kind: 'manual' });
    const dump = path.join(backupFolderPath(tenant, backup.folder), 'database.dump');
    fs.truncateSync(dump, fs.statSync(dump).size - 100);
    const before = await databaseSnapshot(tenant.dbName);
    await expect(restoreInPlace(ownerDb, { tenantId: tenant.id, backupId: backup.id })).rejects.toMatchObject(
      {
        status: 422,
        code: 'BACKUP_CORRUPT',
      },
    );
    expect(await databaseSnapshot(tenant.dbName)).toEqual(before);
    const [row] = await ownerDb.select().from(tenants).where(eq(tenants.id, tenant.id));
    expect(row).toMatchObject({ status: 'ACTIVE', maintenanceStartedAt: null });
  });

  it('leaves the clinic exactly as before when any restore step fails', async () => {
    const clinic = await createFilledClinic();
    const { tenant } = clinic;
    const backup = await takeBackup(ownerDb, { tenantId: tenant.id, kind: 'manual' });
    await adminQuery(tenant.dbName, 'delete from patient_weights');
    fs.writeFileSync(path.join(tenant.storagePath, 'documents', 'later.txt'), 'after the backup');
    const before = await databaseSnapshot(tenant.dbName);
    const filesBefore = filesSnapshot(tenant.storagePath);
    const databasesBefore = await adminQuery<{ datname: string }>(
      'postgres',
      `select datname from pg_database where datname like $1 order by 1`,
      [`${tenant.dbName}%`],
    );
    for (const failAt of RESTORE_STEPS) {
      await expect(
        restoreInPlace(
          ownerDb,
          { tenantId: tenant.id, backupId: backup.id },
          {
            beforeStep: (step) => {
              if (step === failAt) throw new Error(`injected failure at ${step}`);
            },
          },
        ),
      ).rejects.toThrow(`injected failure at ${failAt}`);
      expect(await databaseSnapshot(tenant.dbName), failAt).toEqual(before);
      expect(filesSnapshot(tenant.storagePath), failAt).toEqual(filesBefore);
      const dbs = await adminQuery(
        'postgres',
        `select datname from pg_database where datname like $1 order by 1`,
        [`${tenant.dbName}%`],
      );
      expect(dbs, failAt).toEqual(databasesBefore);
      const [row] = await ownerDb.select().from(tenants).where(eq(tenants.id, tenant.id));
      expect(row, failAt).toMatchObject({ status: 'ACTIVE', maintenanceStartedAt: null });
    }
    expect(await signIn(clinic.origin, clinic.admin.email, clinic.admin.password)).toBeTruthy();
    const failures = await ownerDb
      .select()
      .from(tenantRestores)
      .where(eq(tenantRestores.tenantId, tenant.id));
    expect(failures.map((r) => r.status)).toEqual(RESTORE_STEPS.map(() => 'failed'));
    expect(failures.every((r) => r.error?.includes('injected failure'))).toBe(true);
  });

  it('restores as a new clinic: same rows, users keep passwords, no sessions, source untouched', async () => {
    const clinic = await createFilledClinic();
    const { tenant } = clinic;
    await signIn(clinic.origin, clinic.admin.email, clinic.admin.password);
    const backup = await takeBackup(ownerDb, { tenantId: tenant.id, kind: 'manual' });
    const before = await databaseSnapshot(tenant.dbName);
    const asSlug = uniqueSlug('copy');
    const { tenant: copy } = await restoreAsNewTenant(ownerDb, {
      tenantId: tenant.id,
      backupId: backup.id,
      asSlug,
    });
    expect(copy).toMatchObject({ slug: asSlug, status: 'ACTIVE' });
    const copied = await databaseSnapshot(copy.dbName);
    expect(withoutSessions(copied)).toEqual(withoutSessions(before));
    expect(copied.sessions).toEqual([]);
    expect(filesSnapshot(copy.storagePath)).toEqual(filesSnapshot(tenant.storagePath));
    expect(
      await signIn(`http://${asSlug}.localhost:3000`, clinic.admin.email, clinic.admin.password),
    ).toBeTruthy();
    expect(await databaseSnapshot(tenant.dbName)).toEqual(before);

    await expect(
      restoreAsNewTenant(ownerDb, { tenantId: tenant.id, backupId: backup.id, asSlug }),
    ).rejects.toMatchObject({ status: 409, code: 'SLUG_TAKEN' });
  });
});
