import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as tenantRoute from '@/app/api/owner/tenants/[id]/route';
import * as restoreRoute from '@/app/api/owner/tenants/[id]/restore/route';
import { resetEnvForTests } from '@/env';
import { ownerDb } from '@/server/owner/db/client';
import { ownerAuditLog, tenantBackups, tenants } from '@/server/owner/db/schema';
import { backupFolderPath } from '@/server/operations/backups/backup-location';
import { forgetPgToolsForTests } from '@/server/operations/backups/pg-tools';
import { databaseExists } from '@tests/support/core-admin';
import { createFilledClinic, databaseSnapshot } from '@tests/support/backup-fixtures';
import { createOwnerAccounts, ownerCall, type OwnerAccount } from '@tests/support/owner-auth';
import { signIn } from '@tests/support/tenants';
import { uniqueSlug } from '@tests/support/factories';

let owner: OwnerAccount;
beforeAll(async () => {
  ({ owner } = await createOwnerAccounts('delbk'));
});

const remove = (tenantId: string, body: unknown) =>
  ownerCall(tenantRoute.DELETE, {
    method: 'DELETE',
    path: `/api/owner/tenants/${tenantId}`,
    params: { id: tenantId },
    body,
    cookie: owner.cookie,
  });

// Whole-database dumps and restores: on a busy 2-core machine they take minutes, not seconds.
describe('deleting a clinic', { timeout: 300_000 }, () => {
  it('takes a final backup kept with the archived storage, and that backup restores as a new clinic', async () => {
    const clinic = await createFilledClinic('delbk');
    const before = await databaseSnapshot(clinic.tenant.dbName);
    const res = await remove(clinic.tenant.id, { confirm: clinic.slug });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await databaseExists(clinic.tenant.dbName)).toBe(false);

    const [final] = await ownerDb
      .select()
      .from(tenantBackups)
      .where(eq(tenantBackups.tenantId, clinic.tenant.id));
    expect(final).toMatchObject({ kind: 'pre-delete', status: 'complete' });
    const days = (final!.keepUntil!.getTime() - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(2555);
    const [deleted] = await ownerDb.select().from(tenants).where(eq(tenants.id, clinic.tenant.id));
    expect(deleted!.storagePath).toContain('archive');
    expect(fs.existsSync(`${backupFolderPath(deleted!, final!.folder)}/manifest.json`)).toBe(true);

    const asSlug = uniqueSlug('revived');
    const restored = await ownerCall(restoreRoute.POST, {
      method: 'POST',
      path: `/api/owner/tenants/${clinic.tenant.id}/restore`,
      params: { id: clinic.tenant.id },
      body: { backupId: final!.id, asSlug },
      cookie: owner.cookie,
    });
    expect(restored.status, JSON.stringify(restored.body)).toBe(201);
    expect(restored.body.data.tenant.slug).toBe(asSlug);
    const copy = await databaseSnapshot(`tenant_${asSlug}`);
    expect({ ...copy, sessions: undefined }).toEqual({ ...before, sessions: undefined });
    expect(
      await signIn(`http://${asSlug}.localhost:3000`, clinic.admin.email, clinic.admin.password),
    ).toBeTruthy();

    const inPlace = await ownerCall(restoreRoute.POST, {
      method: 'POST',
      path: `/api/owner/tenants/${clinic.tenant.id}/restore`,
      params: { id: clinic.tenant.id },
      body: { backupId: final!.id },
      cookie: owner.cookie,
    });
    expect(inPlace.status).toBe(409);
  });

  it('keeps the database when the final backup fails, unless the slug is typed a second time (audited)', async () => {
    const clinic = await createFilledClinic('delfail');
    const saved = { PATH: process.env.PATH, PG_BIN_DIR: process.env.PG_BIN_DIR };
    process.env.PATH = '/nonexistent';
    process.env.PG_BIN_DIR = '/nonexistent/pg/bin';
    resetEnvForTests();
    forgetPgToolsForTests();
    try {
      const refused = await remove(clinic.tenant.id, { confirm: clinic.slug });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('PRE_DELETE_BACKUP_FAILED');
      expect(refused.body.error.message).toContain('postgresql-client-15');
      expect(await databaseExists(clinic.tenant.dbName)).toBe(true);
      const [row] = await ownerDb.select().from(tenants).where(eq(tenants.id, clinic.tenant.id));
      expect(row!.status).toBe('ACTIVE');

      const mistyped = await remove(clinic.tenant.id, { confirm: clinic.slug, confirmWithoutBackup: 'nope' });
      expect(mistyped.status).toBe(400);
      expect(await databaseExists(clinic.tenant.dbName)).toBe(true);

      const forced = await remove(clinic.tenant.id, {
        confirm: clinic.slug,
        confirmWithoutBackup: clinic.slug,
      });
      expect(forced.status).toBe(200);
      expect(await databaseExists(clinic.tenant.dbName)).toBe(false);
    } finally {
      process.env.PATH = saved.PATH;
      if (saved.PG_BIN_DIR === undefined) delete process.env.PG_BIN_DIR;
      else process.env.PG_BIN_DIR = saved.PG_BIN_DIR;
      resetEnvForTests();
      forgetPgToolsForTests();
    }
    const audits = await ownerDb
      .select()
      .from(ownerAuditLog)
      .where(and(eq(ownerAuditLog.action, 'tenant.delete'), eq(ownerAuditLog.targetId, clinic.tenant.id)));
    expect(audits.some((a) => a.details.outcome === 'FAILED')).toBe(true);
    expect(audits.some((a) => a.details.deletedWithoutBackup === true)).toBe(true);
  });
});
