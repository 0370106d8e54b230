/**
 * `npm run tenants:move -- --tenant <slug> --to <server>`: moves one clinic's database to another server, printing
 * each step and the clinic's unavailable time. `--from <server> --to <server> --all [--concurrency N]` empties a
 * server (set it DRAINING first so nothing new lands on it), N clinics at a time (default 2).
 * `--finalize <slug>` drops the source database a move kept. Servers are named by name or id.
 * Runs in this process (no worker needed); each move is recorded in tenant_moves like the console's.
 */
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { ownerDb } from '../src/server/owner/db/client';
import { tenants } from '../src/server/owner/db/schema';
import { AppError } from '../src/server/shared/errors';
import { finalizeTenantMove } from '../src/server/tenancy/moves/finalize-move';
import { runMove, type MoveResult } from '../src/server/tenancy/moves/move-tenant';
import { requestMove } from '../src/server/tenancy/moves/request-move';
import { findServer } from '../src/server/tenancy/servers/pick-server';
import { ensureCluster, parseCliArgs, runCli, UsageError } from './lib/cli';
import pLimit from 'p-limit';

const USAGE = [
  'Usage: npm run tenants:move -- --tenant <slug> --to <server>',
  '       npm run tenants:move -- --from <server> --to <server> --all [--concurrency N]',
  '       npm run tenants:move -- --finalize <slug>',
].join('\n');

const slug = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'not a clinic slug');
const args = z.object({
  tenant: slug.optional(),
  to: z.string().min(1).optional(),
  from: z.string().min(1).optional(),
  all: z.literal(true).optional(),
  concurrency: z.coerce.number().int().min(1).max(16).default(2),
  finalize: slug.optional(),
});

async function serverNamed(name: string) {
  const server = await findServer(ownerDb, name);
  if (!server) throw new AppError(404, 'NOT_FOUND', `There is no database server named "${name}".`);
  return server;
}

async function tenantBySlug(value: string) {
  const [row] = await ownerDb
    .select()
    .from(tenants)
    .where(and(eq(tenants.slug, value), ne(tenants.status, 'DELETED')));
  if (!row) throw new AppError(404, 'NOT_FOUND', `There is no clinic "${value}".`);
  return row;
}

async function moveOne(tenantId: string, slugName: string, serverId: string): Promise<MoveResult> {
  const move = await requestMove(ownerDb, { tenantId, serverId });
  const started = Date.now();
  return runMove(move.id, {
    onProgress: ({ step, detail }) => {
      if (step === 'copy' && detail) return; // byte counts arrive per chunk; the step line is enough
      console.log(`  ${slugName}: ${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    },
  });
}

function report(result: MoveResult): void {
  console.log(
    `Moved ${result.slug} from "${result.from}" to "${result.to}": ${result.tables} tables, ${result.rows} rows ` +
      `verified, unavailable for ${(result.unavailableMs / 1000).toFixed(2)} s. Source kept as ${result.retainedDatabase} ` +
      `until \`npm run tenants:move -- --finalize ${result.slug}\`.`,
  );
}

runCli(async () => {
  const options = parseCliArgs(args, USAGE);
  await ensureCluster(console.log);
  if (options.finalize) {
    const tenant = await tenantBySlug(options.finalize);
    const move = await finalizeTenantMove(tenant.id);
    console.log(`Finalized: dropped ${move.retainedDatabase ?? 'the source database'} of ${tenant.slug}.`);
    return 0;
  }
  if (!options.to) throw new UsageError('--to <server> is required', USAGE);
  const target = await serverNamed(options.to);
  if (options.tenant) {
    const tenant = await tenantBySlug(options.tenant);
    console.log(`Moving ${tenant.slug} to "${target.name}" …`);
    report(await moveOne(tenant.id, tenant.slug, target.id));
    return 0;
  }
  if (!options.from || !options.all)
    throw new UsageError('give --tenant <slug>, or --from <server> with --all', USAGE);
  const source = await serverNamed(options.from);
  const queue = await ownerDb
    .select({ id: tenants.id, slug: tenants.slug })
    .from(tenants)
    .where(and(eq(tenants.serverId, source.id), ne(tenants.status, 'DELETED'), eq(tenants.isDefault, false)));
  const movable = queue.filter(Boolean);
  console.log(
    `Moving ${movable.length} clinics from "${source.name}" to "${target.name}", ${options.concurrency} at a time …`,
  );
  let done = 0;
  let failed = 0;
  await pLimit(options.concurrency).map(movable, async (t) => {
    try {
      report(await moveOne(t.id, t.slug, target.id));
    } catch (error) {
      failed++;
      console.log(
        `  ${t.slug}: FAILED, still served from "${source.name}": ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    done++;
    console.log(`[${done}/${movable.length}] ${done - failed} moved, ${failed} failed`);
  });
  return failed > 0 ? 1 : 0;
});
