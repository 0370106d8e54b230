import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ownerDb } from '@/server/owner/db/client';
import { tenantBackups } from '@/server/owner/db/schema';
import { backupRoot } from '@/server/operations/backups/backup-location';
import { listBackups } from '@/server/operations/backups/list-backups';
import { runScript } from '@tests/support/core-cli';
import { createFilledClinic } from '@tests/support/backup-fixtures';
import { uniqueSlug } from '@tests/support/factories';

// Whole-database dumps and restores: on a busy 2-core machine they take minutes, not seconds.
describe('backup CLIs', { timeout: 300_000 }, () => {
  it('backs up, lists, verifies and restores (in place and as a new clinic) with progress and summaries', async () => {
    const { tenant } = await createFilledClinic('bkcli');
    const backup = await runScript('tenants-backup.ts', ['--tenant', tenant.slug]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(new RegExp(`\\[1/1\\] ${tenant.slug}: complete`));
    expect(backup.stdout).toContain('1 backed up, 0 failed');
    const id = /\(([0-9a-f-]{36})\)/.exec(backup.stdout)![1]!;

    const list = await runScript('tenants-backups.ts', ['--tenant', tenant.slug]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`${id}.*manual\\s+complete`));

    const verify = await runScript('tenants-verify-backups.ts', ['--tenant', tenant.slug]);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toContain(`${tenant.slug}: ok (${id}`);
    const [row] = await ownerDb.select().from(tenantBackups).where(eq(tenantBackups.id, id));
    expect(row!.verifiedAt).not.toBeNull();

    const inPlace = await runScript('tenants-restore.ts', ['--tenant', tenant.slug, '--backup', id]);
    expect(inPlace.code, inPlace.stderr).toBe(0);
    expect(inPlace.stdout).toContain('swap…');
    expect(inPlace.stdout).toContain('Done in');

    const asSlug = uniqueSlug('bkclicopy');
    const asNew = await runScript('tenants-restore.ts', [
      '--tenant',
      tenant.slug,
      '--backup',
      id,
      '--as',
      asSlug,
    ]);
    expect(asNew.code, asNew.stderr).toBe(0);
    expect(asNew.stdout).toContain(`${asSlug} is ACTIVE`);

    const taken = await runScript('tenants-restore.ts', [
      '--tenant',
      tenant.slug,
      '--backup',
      id,
      '--as',
      asSlug,
    ]);
    expect(taken.code).not.toBe(0);
    expect(taken.stderr).toContain('SLUG_TAKEN');
  }, 180_000);

  it('exits non-zero with usage on bad arguments and on unknown clinics', async () => {
    const neither = await runScript('tenants-backup.ts', []);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('Usage: npm run tenants:backup');
    const unknown = await runScript('tenants-backup.ts', ['--tenant', 'no-such-clinic']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('not found');
  });

  it.each(['dump', 'manifest'] as const)(
    'a backup killed before %s is never listed as good, and its folder goes',
    async (step) => {
      const { tenant } = await createFilledClinic('bkkill');
      const code = `
      import { ownerDb } from './src/server/owner/db/client';
      import { takeBackup } from './src/server/operations/backups/take-backup';
      await takeBackup(ownerDb, { tenantId: '${tenant.id}', kind: 'manual', beforeStep: (s) => { if (s === '${step}') process.kill(process.pid, 'SIGKILL'); } });
    `;
      const killed = await runScript('--input-type=module', ['-e', code]);
      expect(killed.code).not.toBe(0);
      const rows = await ownerDb.select().from(tenantBackups).where(eq(tenantBackups.tenantId, tenant.id));
      expect(rows.map((r) => r.status)).toEqual(['running']);
      expect(fs.readdirSync(backupRoot(tenant))).toHaveLength(1);

      // The server may take a moment to notice the dead client and free its backup lock; until then the backup
      // shows as running (never as complete), and the first listing after that sweeps it.
      let listed = await listBackups(ownerDb, { tenantId: tenant.id });
      for (let i = 0; i < 60 && listed[0]?.status === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 250));
        listed = await listBackups(ownerDb, { tenantId: tenant.id });
      }
      expect(listed.map((b) => b.status)).toEqual(['failed']);
      expect(listed[0]!.error).toContain('interrupted');
      expect(fs.readdirSync(backupRoot(tenant))).toEqual([]);
    },
  );
});
