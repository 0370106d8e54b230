/**
 * `npm run tenants:restore -- --tenant <slug> --backup <id> [--as <new-slug>]`: restores in place (maintenance,
 * pre-restore backup, scratch restore, migrate, verify, swap), or as a new clinic with --as. Prints each step;
 * exits non-zero on any failure (the clinic is then left as it was).
 */
import { z } from 'zod';
import { ownerDb } from '../src/server/owner/db/client';
import { tenantBySlug } from '../src/server/operations/backups/backup-many';
import { restoreAsNewTenant } from '../src/server/operations/backups/restore-as-new-tenant';
import { restoreInPlace } from '../src/server/operations/backups/restore-in-place';
import { recordAudit } from '../src/server/owner/audit/record-audit';
import { ensureCluster, parseCliArgs, runCli } from './lib/cli';

const USAGE = 'Usage: npm run tenants:restore -- --tenant <slug> --backup <id> [--as <new-slug>]';

const args = z.object({
  tenant: z.string().min(1),
  backup: z.uuid('must be a backup id (see npm run tenants:backups)'),
  as: z.string().min(1).optional(),
});

runCli(async () => {
  const options = parseCliArgs(args, USAGE);
  await ensureCluster(console.log);
  const tenant = await tenantBySlug(ownerDb, options.tenant);
  const started = Date.now();
  const audit = (details: Record<string, unknown>) =>
    recordAudit(ownerDb, {
      action: 'tenant.restore',
      targetType: 'tenant',
      targetId: tenant.id,
      details: { via: 'cli', backupId: options.backup, ...details },
    });
  if (options.as) {
    console.log(`Restoring backup ${options.backup} of ${tenant.slug} as a new clinic "${options.as}"…`);
    const { tenant: created } = await restoreAsNewTenant(ownerDb, {
      tenantId: tenant.id,
      backupId: options.backup,
      asSlug: options.as,
    }).catch(async (error: Error) => {
      await audit({ mode: 'new-tenant', asSlug: options.as, outcome: 'FAILED', error: error.message });
      throw error;
    });
    await audit({ mode: 'new-tenant', newTenantId: created.id });
    console.log(
      `Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${created.slug} is ACTIVE (sessions dropped, passwords kept).`,
    );
    return;
  }
  console.log(`Restoring ${tenant.slug} in place from backup ${options.backup}…`);
  const restore = await restoreInPlace(
    ownerDb,
    { tenantId: tenant.id, backupId: options.backup },
    { beforeStep: (step) => console.log(`  ${step}…`) },
  ).catch(async (error: Error) => {
    await audit({ mode: 'in-place', outcome: 'FAILED', error: error.message });
    console.error(`Restore failed; ${tenant.slug} was left exactly as it was (still serving).`);
    throw error;
  });
  await audit({ mode: 'in-place', restoreId: restore.id });
  console.log(
    `Done in ${((Date.now() - started) / 1000).toFixed(1)} s. The replaced database (${restore.replacedDatabase}) and files are kept until ${restore.purgeAfter?.toISOString().slice(0, 10)}.`,
  );
});
