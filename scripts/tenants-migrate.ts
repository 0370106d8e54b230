/**
 * `npm run tenants:migrate [-- --tenant <slug>] [--concurrency N]`: applies pending tenant migrations to the template
 * and then to every tenant database (ACTIVE and SUSPENDED), N at a time. Continues past a failing tenant, prints a
 * summary, and exits 1 if any tenant failed; a re-run only touches the tenants that are not current.
 * Tenants whose database marker already shows the latest migration are not connected to; `--verify` ignores the
 * markers and checks every tenant's own journal (e.g. after restoring a dump over an existing database).
 * `--migrations <dir>` points at another drizzle migrations folder (tests and the benchmark use it).
 */
import path from 'node:path';
import { z } from 'zod';
import {
  DEFAULT_MIGRATION_CONCURRENCY,
  migrateTenants,
} from '../src/server/tenancy/migrations/migrate-tenants';
import { ensureCluster, parseCliArgs, runCli } from './lib/cli';
import { printMigrationSummary, progressPrinter } from './lib/migration-output';

const USAGE = 'Usage: npm run tenants:migrate [-- --tenant <slug>] [--concurrency N] [--verify]';

const args = z.object({
  // Loose on purpose: `default` is a reserved word for new slugs but the default tenant's own slug.
  tenant: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,39}$/, 'not a tenant slug')
    .optional(),
  concurrency: z.coerce.number().int().min(1).max(64).default(DEFAULT_MIGRATION_CONCURRENCY),
  migrations: z.string().min(1).optional(),
  verify: z.literal(true).optional(),
});

runCli(async () => {
  const options = parseCliArgs(args, USAGE);
  await ensureCluster(console.log);
  const progress = progressPrinter(process.stdout);
  const report = await migrateTenants({
    slug: options.tenant,
    concurrency: options.concurrency,
    verify: options.verify,
    folder: options.migrations ? path.resolve(options.migrations) : undefined,
    onProgress: progress.update,
  });
  progress.finish();
  printMigrationSummary(report);
  return report.counts.failed > 0 ? 1 : 0;
});
