/**
 * `npm run tenants:list [-- --all] [--json]`: every tenant with its status, database, domains and plan.
 * `--all` includes DELETED tenants; `--json` prints machine-readable output.
 */
import { z } from 'zod';
import { ownerDb } from '../src/server/owner/db/client';
import { listTenantsOverview } from '../src/server/tenancy/list-tenants-overview';
import { ensureCluster, parseCliArgs, runCli } from './lib/cli';
import { formatTable } from './lib/format-table';

const USAGE = 'Usage: npm run tenants:list [-- --all] [--json]';

const args = z.object({
  all: z.literal(true).optional(),
  json: z.literal(true).optional(),
});

runCli(async () => {
  const options = parseCliArgs(args, USAGE);
  await ensureCluster(console.log);
  const rows = await listTenantsOverview(ownerDb, { includeDeleted: options.all === true });
  if (options.json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  if (rows.length === 0) {
    console.log('No tenants yet: run `npm run setup` to create the default one.');
    return;
  }
  console.log(
    formatTable(
      ['slug', 'status', 'database', 'server', 'domains', 'plan'],
      rows.map((t) => [
        t.isDefault ? `${t.slug} (default)` : t.slug,
        t.status,
        t.database,
        t.server,
        t.domains.join(', ') || '-',
        t.planCode ?? '-',
      ]),
    ),
  );
  const failed = rows.filter((t) => t.status === 'FAILED');
  for (const t of failed) console.log(`\n${t.slug} failed: ${t.lastError ?? 'no error recorded'}`);
  console.log(`\n${rows.length} tenant(s).`);
});
