/**
 * `npm run tenants:backup -- (--tenant <slug> | --all) [--concurrency N]`: backs clinics up now (kind manual),
 * one line per clinic as it finishes, then a summary. Exits 1 if any backup failed.
 */
import { z } from 'zod';
import { formatBytes } from '../src/lib/format-bytes';
import { ownerDb } from '../src/server/owner/db/client';
import { readSystemSettings } from '../src/server/owner/settings/read-settings';
import { backupableTenants, backupMany, tenantBySlug } from '../src/server/operations/backups/backup-many';
import { ensureCluster, parseCliArgs, runCli, UsageError } from './lib/cli';

const USAGE = 'Usage: npm run tenants:backup -- (--tenant <slug> | --all) [--concurrency N]';

const args = z.object({
  tenant: z.string().min(1).optional(),
  all: z.literal(true).optional(),
  concurrency: z.coerce.number().int().min(1).max(32).optional(),
});

runCli(async () => {
  const options = parseCliArgs(args, USAGE);
  if (!options.tenant === !options.all) throw new UsageError('give either --tenant <slug> or --all', USAGE);
  await ensureCluster(console.log);
  const targets = options.tenant
    ? [await tenantBySlug(ownerDb, options.tenant)]
    : await backupableTenants(ownerDb);
  if (targets.length === 0) {
    console.log('No clinics to back up.');
    return 0;
  }
  const concurrency = options.concurrency ?? (await readSystemSettings(ownerDb)).backupConcurrency;
  console.log(`Backing up ${targets.length} clinic(s), ${concurrency} at a time…`);
  const started = Date.now();
  const outcomes = await backupMany(ownerDb, {
    tenants: targets,
    kind: 'manual',
    concurrency,
    onDone: (o, done) => {
      const what = o.error
        ? `FAILED: ${o.error}`
        : `complete, ${formatBytes(o.backup!.sizeBytes ?? 0)} (${o.backup!.id})`;
      console.log(`[${done}/${targets.length}] ${o.tenant.slug}: ${what} in ${(o.ms / 1000).toFixed(1)} s`);
    },
  });
  const failed = outcomes.filter((o) => o.error);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `\n${outcomes.length - failed.length} backed up, ${failed.length} failed, in ${seconds.toFixed(1)} s.`,
  );
  return failed.length > 0 ? 1 : 0;
});
