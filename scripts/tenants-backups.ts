/** `npm run tenants:backups -- --tenant <slug> [--json]`: a clinic's backups, newest first. */
import { z } from 'zod';
import { formatBytes } from '../src/lib/format-bytes';
import { ownerDb } from '../src/server/owner/db/client';
import { toBackupView } from '../src/server/operations/backups/backup.schema';
import { tenantBySlug } from '../src/server/operations/backups/backup-many';
import { listBackups } from '../src/server/operations/backups/list-backups';
import { ensureCluster, parseCliArgs, runCli } from './lib/cli';
import { formatTable } from './lib/format-table';

const USAGE = 'Usage: npm run tenants:backups -- --tenant <slug> [--json]';

const args = z.object({ tenant: z.string().min(1), json: z.literal(true).optional() });

runCli(async () => {
  const options = parseCliArgs(args, USAGE);
  await ensureCluster(console.log);
  const tenant = await tenantBySlug(ownerDb, options.tenant);
  const backups = (await listBackups(ownerDb, { tenantId: tenant.id })).map(toBackupView);
  if (options.json) {
    console.log(JSON.stringify(backups, null, 2));
    return;
  }
  if (backups.length === 0) {
    console.log(
      `${tenant.slug} has no backups yet: run \`npm run tenants:backup -- --tenant ${tenant.slug}\`.`,
    );
    return;
  }
  console.log(
    formatTable(
      ['id', 'created (UTC)', 'kind', 'status', 'size', 'verified', 'error'],
      backups.map((b) => [
        b.id,
        b.createdAt.replace('T', ' ').slice(0, 19),
        b.kind,
        b.status,
        b.sizeBytes === null ? '-' : formatBytes(b.sizeBytes),
        b.verifiedAt ? b.verifiedAt.slice(0, 10) : b.verification && !b.verification.ok ? 'FAILED' : '-',
        b.error ?? '',
      ]),
    ),
  );
  const good = backups.filter((b) => b.status === 'complete').length;
  console.log(`\n${backups.length} backup(s), ${good} complete.`);
});
