/**
 * `npm run tenants:verify-backups [-- --tenant <slug>]`: restores each clinic's latest complete backup into a
 * scratch database, compares every table's row count with its manifest, drops it and records the result.
 * Exits 1 if any clinic has no good backup or fails verification.
 */
import { z } from 'zod';
import { ownerDb } from '../src/server/owner/db/client';
import { backupableTenants, tenantBySlug } from '../src/server/operations/backups/backup-many';
import { latestGoodBackup, verifyBackup } from '../src/server/operations/backups/verify-backup';
import { ensureCluster, parseCliArgs, runCli } from './lib/cli';

const USAGE = 'Usage: npm run tenants:verify-backups [-- --tenant <slug>]';

const args = z.object({ tenant: z.string().min(1).optional() });

runCli(async () => {
  const options = parseCliArgs(args, USAGE);
  await ensureCluster(console.log);
  const targets = options.tenant
    ? [await tenantBySlug(ownerDb, options.tenant)]
    : await backupableTenants(ownerDb);
  let failed = 0;
  for (const [i, tenant] of targets.entries()) {
    const prefix = `[${i + 1}/${targets.length}] ${tenant.slug}:`;
    const latest = await latestGoodBackup(ownerDb, tenant.id);
    if (!latest) {
      failed++;
      console.log(`${prefix} FAILED: no complete backup to verify`);
      continue;
    }
    const result = await verifyBackup(ownerDb, { tenantId: tenant.id, backupId: latest.id });
    if (result.verification?.ok)
      console.log(`${prefix} ok (${latest.id}, ${result.verification.durationMs} ms)`);
    else {
      failed++;
      console.log(`${prefix} FAILED (${latest.id}): ${result.verification?.error ?? 'unknown error'}`);
    }
  }
  console.log(`\n${targets.length - failed} verified, ${failed} failed.`);
  return failed > 0 ? 1 : 0;
});
