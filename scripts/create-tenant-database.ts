/**
 * `npx tsx scripts/create-tenant-database.ts <tenant-id|slug>` (the seed's "create tenant database manually"):
 * (re)provisions the database, role, folders and first admin of an existing PROVISIONING or FAILED tenant, e.g.
 * after fixing what made it fail. Exit 0 when ACTIVE, 2 for a refused request (unknown tenant, wrong state,
 * conflicting database), 1 when provisioning failed.
 */
import { z } from 'zod';
import { runProvisioning } from '../src/server/tenancy/provisioning/provision-tenant';
import { ensureCluster, parseCliArgs, runCli } from './lib/cli';

const USAGE = 'Usage: npx tsx scripts/create-tenant-database.ts <tenant-id|slug>';

const args = z.object({
  positional: z.array(z.string().trim().min(1).max(64)).length(1, 'give exactly one tenant id or slug'),
});

runCli(async () => {
  const [tenant] = parseCliArgs(args, USAGE).positional;
  await ensureCluster(console.log);
  const result = await runProvisioning(tenant!);
  console.log(`Tenant ${result.slug} is ${result.status}.`);
  console.log(`  database: ${result.dbName} on ${result.dbHost}:${result.dbPort} (role ${result.dbRole})`);
  console.log(`  storage:  ${result.storagePath}`);
});
