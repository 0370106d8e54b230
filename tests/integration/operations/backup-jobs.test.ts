import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/server/owner/db/client';
import { tenantBackups, tenantRestores, tenants } from '@/server/owner/db/schema';
import { backupFolderPath } from '@/server/operations/backups/backup-location';
import { lastDueTime, runNightlyBackups } from '@/server/operations/backups/nightly-backups';
import { purgeExpiredBackupData } from '@/server/operations/backups/purge-backups';
import { restoreInPlace } from '@/server/operations/backups/restore-in-place';
import { applyRetention, selectRetained } from '@/server/operations/backups/retention';
import { takeBackup } from '@/server/operations/backups/take-backup';
import { verifyBackup } from '@/server/operations/backups/verify-backup';
import { databaseExists } from '@tests/support/core-admin';
import { createTestTenant } from '@tests/support/tenants';

// Whole-database dumps and restores: on a busy 2-core machine they take minutes, not seconds.
describe('scheduled backups, retention, verification and purge', { timeout: 300_000 }, () => {
  it('knows when the nightly backup was last due', () => {
    expect(lastDueTime('02:00', new Date('2026-12-01T01:59:00Z')).toISOString()).toBe(
      '2026-11-30T02:00:00.000Z',
    );
    expect(lastDueTime('02:00', new Date('2026-12-01T02:00:00Z')).toISOString()).toBe(
      '2026-12-01T02:00:00.000Z',
    );
    expect(lastDueTime('23:30', new Date('2026-12-01T10:00:00Z')).toISOString()).toBe(
      '2026-11-30T23:30:00.000Z',
    );
  });

  it('backs each due clinic up once per night: a second tick finds nothing due', async () => {
    const { tenant } = await createTestTenant('nightly');
    const today = await runNightlyBackups(ownerDb, { onlyTenantIds: [tenant.id] });
    expect(today?.due).toBe(0); // created after today's due time: its first night is tomorrow
    // As if it had been created two days ago: last night's backup is due.
    await ownerDb
      .update(tenants)
      .set({ createdAt: new Date(Date.now() - 2 * 86_400_000) })
      .where(eq(tenants.id, tenant.id));
    const first = await runNightlyBackups(ownerDb, { onlyTenantIds: [tenant.id] });
    expect(first?.due).toBe(1);
    expect(first?.outcomes[0]?.backup).toMatchObject({ kind: 'scheduled', status: 'complete' });
    const second = await runNightlyBackups(ownerDb, { onlyTenantIds: [tenant.id] });
    expect(second?.due).toBe(0);
    const rows = await ownerDb.select().from(tenantBackups).where(eq(tenantBackups.tenantId, tenant.id));
    expect(rows).toHaveLength(1);
  });

  it('retention removes exactly the scheduled backups outside the daily/weekly/monthly sets (folders too), never manual ones', async () => {
    const { tenant } = await createTestTenant('retain');
    const now = Date.parse('2026-12-01T02:00:00Z');
    const values = Array.from({ length: 60 }, (_, i) => ({
      tenantId: tenant.id,
      kind: 'scheduled' as const,
      status: 'complete' as const,
      folder: `fake-${i}`,
      createdAt: new Date(now - i * 86_400_000),
    }));
    const rows = await ownerDb.insert(tenantBackups).values(values).returning();
    const [manual] = await ownerDb
      .insert(tenantBackups)
      .values({
        tenantId: tenant.id,
        kind: 'manual',
        status: 'complete',
        folder: 'fake-manual',
        createdAt: new Date(now - 90 * 86_400_000),
      })
      .returning();
    for (const row of [...rows, manual!])
      fs.mkdirSync(backupFolderPath(tenant, row.folder), { recursive: true });
    const policy = { daily: 7, weekly: 4, monthly: 12 };
    const expected = selectRetained(rows, policy);
    const removed = await applyRetention(ownerDb, { tenantId: tenant.id, policy });
    expect(removed).toBe(rows.length - expected.size);
    const left = await ownerDb.select().from(tenantBackups).where(eq(tenantBackups.tenantId, tenant.id));
    expect(new Set(left.map((r) => r.id))).toEqual(new Set([...expected, manual!.id]));
    // 25 Nov–1 Dec daily; weekly adds Sundays 22 and 15 Nov (29 Nov is daily already); monthly adds 31 Oct: 10.
    expect(expected.size).toBe(10);
    for (const row of rows)
      expect(fs.existsSync(backupFolderPath(tenant, row.folder)), row.folder).toBe(expected.has(row.id));
  });

  it('verification restores into a scratch database and records the result; a corrupt backup fails it', async () => {
    const { tenant } = await createTestTenant('verify');
    const backup = await takeBackup(ownerDb, { tenantId: tenant.id, kind: 'manual' });
    const good = await verifyBackup(ownerDb, { tenantId: tenant.id, backupId: backup.id });
    expect(good.verification?.ok).toBe(true);
    expect(good.verifiedAt).not.toBeNull();
    fs.appendFileSync(path.join(backupFolderPath(tenant, backup.folder), 'files.tar.gz'), 'junk');
    const bad = await verifyBackup(ownerDb, { tenantId: tenant.id, backupId: backup.id });
    expect(bad.verification).toMatchObject({ ok: false });
    expect(bad.verification?.error).toContain('SHA-256');
    expect(bad.verifiedAt).toEqual(good.verifiedAt);
  });

  it('drops the replaced database and files after their keep-until date', async () => {
    const { tenant } = await createTestTenant('purge');
    const backup = await takeBackup(ownerDb, { tenantId: tenant.id, kind: 'manual' });
    const restore = await restoreInPlace(ownerDb, { tenantId: tenant.id, backupId: backup.id });
    expect(await databaseExists(restore.replacedDatabase!)).toBe(true);
    expect(fs.existsSync(restore.replacedFilesPath!)).toBe(true);
    await purgeExpiredBackupData(ownerDb, new Date(Date.now() + 3600_000));
    expect(await databaseExists(restore.replacedDatabase!)).toBe(true);
    await ownerDb
      .update(tenantRestores)
      .set({ purgeAfter: new Date(Date.now() - 1000) })
      .where(eq(tenantRestores.id, restore.id));
    await purgeExpiredBackupData(ownerDb);
    expect(await databaseExists(restore.replacedDatabase!)).toBe(false);
    expect(fs.existsSync(restore.replacedFilesPath!)).toBe(false);
    expect(await databaseExists(tenant.dbName)).toBe(true);
  });
});
