import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as backupsRoute from '@/app/api/owner/tenants/[id]/backups/route';
import * as backupRoute from '@/app/api/owner/tenants/[id]/backups/[backupId]/route';
import * as downloadRoute from '@/app/api/owner/tenants/[id]/backups/[backupId]/download/route';
import * as restoreRoute from '@/app/api/owner/tenants/[id]/restore/route';
import * as settingsRoute from '@/app/api/owner/settings/route';
import { resetEnvForTests } from '@/env';
import { ownerDb } from '@/server/owner/db/client';
import { ownerAuditLog, tenants } from '@/server/owner/db/schema';
import { backupFolderPath } from '@/server/operations/backups/backup-location';
import { forgetPgToolsForTests } from '@/server/operations/backups/pg-tools';
import { takeBackup } from '@/server/operations/backups/take-backup';
import { enterMaintenance, leaveMaintenance } from '@/server/tenancy/routing/maintenance';
import { createOwnerAccounts, ownerCall, type OwnerAccount } from '@tests/support/owner-auth';
import { createTestTenant, type TestTenant } from '@tests/support/tenants';
import { uniqueSlug } from '@tests/support/factories';

let owner: OwnerAccount;
let support: OwnerAccount;
let clinic: TestTenant;
let other: TestTenant;

beforeAll(async () => {
  ({ owner, support } = await createOwnerAccounts('backups'));
  [clinic, other] = await Promise.all([createTestTenant('bkapi'), createTestTenant('bkother')]);
});

const base = (t: TestTenant) => `/api/owner/tenants/${t.tenant.id}`;

async function backUp(t: TestTenant) {
  const res = await ownerCall(backupsRoute.POST, {
    method: 'POST',
    path: `${base(t)}/backups`,
    params: { id: t.tenant.id },
    cookie: owner.cookie,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

// Whole-database dumps and restores: on a busy 2-core machine they take minutes, not seconds.
describe('owner backups API', { timeout: 300_000 }, () => {
  it('backs up now, lists and shows the backup with the documented fields', async () => {
    const backup = await backUp(clinic);
    expect(backup).toMatchObject({ kind: 'manual', status: 'complete', verifiedAt: null, error: null });
    expect(backup.sizeBytes).toBeGreaterThan(0);
    expect(Date.parse(backup.createdAt)).not.toBeNaN();
    const list = await ownerCall(backupsRoute.GET, {
      path: `${base(clinic)}/backups`,
      params: { id: clinic.tenant.id },
      cookie: support.cookie,
    });
    expect(list.status).toBe(200);
    expect(list.body.data.map((b: { id: string }) => b.id)).toContain(backup.id);
    const one = await ownerCall(backupRoute.GET, {
      path: `${base(clinic)}/backups/${backup.id}`,
      params: { id: clinic.tenant.id, backupId: backup.id },
      cookie: support.cookie,
    });
    expect(one.body.data).toMatchObject({ id: backup.id, status: 'complete' });
    const [audit] = await ownerDb
      .select()
      .from(ownerAuditLog)
      .where(and(eq(ownerAuditLog.action, 'tenant.backup'), eq(ownerAuditLog.targetId, clinic.tenant.id)));
    expect(audit?.details).toMatchObject({ backupId: backup.id, status: 'complete' });
  });

  it('answers 404 for an unknown backup and for another clinic’s backup', async () => {
    const theirs = await backUp(other);
    for (const backupId of [theirs.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await ownerCall(backupRoute.GET, {
        path: `${base(clinic)}/backups/${backupId}`,
        params: { id: clinic.tenant.id, backupId },
        cookie: owner.cookie,
      });
      expect(res.status).toBe(404);
      const restore = await ownerCall(restoreRoute.POST, {
        method: 'POST',
        path: `${base(clinic)}/restore`,
        params: { id: clinic.tenant.id },
        body: { backupId },
        cookie: owner.cookie,
      });
      expect(restore.status).toBe(404);
    }
  });

  it('streams a download to OWNER only', async () => {
    const backup = await backUp(clinic);
    const call = (cookie: string) =>
      ownerCall(downloadRoute.GET, {
        path: `${base(clinic)}/backups/${backup.id}/download`,
        params: { id: clinic.tenant.id, backupId: backup.id },
        cookie,
      });
    expect((await call(support.cookie)).status).toBe(403);
    const res = await call(owner.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-tar');
    expect(String(res.body)).toContain('manifest.json');
  });

  it('deletes manual backups only', async () => {
    const backup = await backUp(clinic);
    const del = await ownerCall(backupRoute.DELETE, {
      method: 'DELETE',
      path: `${base(clinic)}/backups/${backup.id}`,
      params: { id: clinic.tenant.id, backupId: backup.id },
      cookie: owner.cookie,
    });
    expect(del.status).toBe(200);
    expect(fs.existsSync(backupFolderPath(clinic.tenant, backup.folder))).toBe(false);
    const gone = await ownerCall(backupRoute.GET, {
      path: `${base(clinic)}/backups/${backup.id}`,
      params: { id: clinic.tenant.id, backupId: backup.id },
      cookie: owner.cookie,
    });
    expect(gone.status).toBe(404);

    const scheduled = await takeBackup(ownerDb, { tenantId: clinic.tenant.id, kind: 'scheduled' });
    const refused = await ownerCall(backupRoute.DELETE, {
      method: 'DELETE',
      path: `${base(clinic)}/backups/${scheduled.id}`,
      params: { id: clinic.tenant.id, backupId: scheduled.id },
      cookie: owner.cookie,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('BACKUP_NOT_MANUAL');
    expect(fs.existsSync(backupFolderPath(clinic.tenant, scheduled.folder))).toBe(true);
  });

  it('refuses restores with a clear 4xx and changes nothing: newer schema, slug taken, restore running, bad body', async () => {
    const backup = await backUp(clinic);
    const restore = (body: unknown) =>
      ownerCall(restoreRoute.POST, {
        method: 'POST',
        path: `${base(clinic)}/restore`,
        params: { id: clinic.tenant.id },
        body,
        cookie: owner.cookie,
      });
    expect((await restore({})).status).toBe(400);
    expect((await restore({ backupId: backup.id, asSlug: other.slug })).body.error.code).toBe('SLUG_TAKEN');
    expect((await restore({ backupId: backup.id, asSlug: 'Not A Slug' })).status).toBe(400);

    await enterMaintenance(ownerDb, { tenantId: clinic.tenant.id, reason: 'RESTORE', exclusive: true });
    const busy = await restore({ backupId: backup.id });
    expect(busy.status).toBe(409);
    expect(busy.body.error.code).toBe('MAINTENANCE_IN_PROGRESS');
    await leaveMaintenance(ownerDb, { tenantId: clinic.tenant.id });

    const manifestFile = path.join(backupFolderPath(clinic.tenant, backup.folder), 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, schemaVersion: 99999999999999 }));
    const newer = await restore({ backupId: backup.id });
    expect(newer.status).toBe(422);
    expect(newer.body.error.code).toBe('BACKUP_SCHEMA_NEWER');
    const [row] = await ownerDb.select().from(tenants).where(eq(tenants.id, clinic.tenant.id));
    expect(row).toMatchObject({ status: 'ACTIVE', maintenanceStartedAt: null });
  });

  it('restores in place (200) and as a new clinic (201), both audited', async () => {
    const backup = await backUp(clinic);
    const inPlace = await ownerCall(restoreRoute.POST, {
      method: 'POST',
      path: `${base(clinic)}/restore`,
      params: { id: clinic.tenant.id },
      body: { backupId: backup.id },
      cookie: owner.cookie,
    });
    expect(inPlace.status, JSON.stringify(inPlace.body)).toBe(200);
    expect(inPlace.body.data.restore).toMatchObject({ mode: 'in-place', status: 'complete' });
    const asSlug = uniqueSlug('bkcopy');
    const asNew = await ownerCall(restoreRoute.POST, {
      method: 'POST',
      path: `${base(clinic)}/restore`,
      params: { id: clinic.tenant.id },
      body: { backupId: backup.id, asSlug },
      cookie: owner.cookie,
    });
    expect(asNew.status, JSON.stringify(asNew.body)).toBe(201);
    expect(asNew.body.data.tenant).toMatchObject({ slug: asSlug, status: 'ACTIVE' });
    const audits = await ownerDb
      .select()
      .from(ownerAuditLog)
      .where(and(eq(ownerAuditLog.action, 'tenant.restore'), eq(ownerAuditLog.targetId, clinic.tenant.id)));
    expect(audits.map((a) => a.details.mode).sort()).toEqual(['in-place', 'new-tenant']);
  });

  it('shows the backup schedule and retention as settings with their defaults, and refuses bad values', async () => {
    const current = await ownerCall(settingsRoute.GET, {
      path: '/api/owner/settings',
      cookie: support.cookie,
    });
    expect(current.body.data).toMatchObject({
      backupsEnabled: true,
      backupTimeUtc: '02:00',
      backupKeepDaily: 7,
      backupKeepWeekly: 4,
      backupKeepMonthly: 12,
      deletedTenantRetentionDays: 2555,
    });
    for (const body of [{ backupTimeUtc: '25:00' }, { backupKeepDaily: -1 }, { backupConcurrency: 0 }]) {
      const res = await ownerCall(settingsRoute.PUT, {
        method: 'PUT',
        path: '/api/owner/settings',
        body,
        cookie: owner.cookie,
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const after = await ownerCall(settingsRoute.GET, { path: '/api/owner/settings', cookie: support.cookie });
    expect(after.body.data).toEqual(current.body.data);
  });

  it('without the client tools, every backup fails with one message naming the fix', async () => {
    const saved = { PATH: process.env.PATH, PG_BIN_DIR: process.env.PG_BIN_DIR };
    process.env.PATH = '/nonexistent';
    process.env.PG_BIN_DIR = '/nonexistent/pg/bin';
    resetEnvForTests();
    forgetPgToolsForTests();
    try {
      const res = await ownerCall(backupsRoute.POST, {
        method: 'POST',
        path: `${base(clinic)}/backups`,
        params: { id: clinic.tenant.id },
        cookie: owner.cookie,
      });
      expect(res.body.data.status).toBe('failed');
      expect(res.body.data.error).toContain('apt-get install postgresql-client-15');
      expect(res.body.data.error).toContain('PG_BIN_DIR');
    } finally {
      process.env.PATH = saved.PATH;
      if (saved.PG_BIN_DIR === undefined) delete process.env.PG_BIN_DIR;
      else process.env.PG_BIN_DIR = saved.PG_BIN_DIR;
      resetEnvForTests();
      forgetPgToolsForTests();
    }
  });
});
