import path from 'node:path';
import { z } from 'zod';
import { env } from '../../src/env';
import { closeOwnerDb } from '../../src/server/owner/db/client';
import { AppError } from '../../src/server/shared/errors';
import { dataDir, isEmbeddedMode } from '../../src/server/tenancy/cluster';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/server/tenancy/embedded-postgres';
import { tenantPools } from '../../src/server/tenancy/pool-registry';
import { stopTenantResolver } from '../../src/server/tenancy/resolve-tenant';

/**
 * Shared plumbing for the thin CLIs in scripts/: env validation, the embedded server when no external one is
 * configured (reused if `npm start` is already running it), clean shutdown and exit codes.
 */

let embedded: EmbeddedServer | undefined;

export async function ensureCluster(log: (line: string) => void = () => {}): Promise<void> {
  env();
  if (!isEmbeddedMode() || embedded) return;
  embedded = await startEmbeddedPostgres({
    dataDir: dataDir(),
    log: (line) => {
      if (process.env.DEBUG) log(line);
    },
  });
}

export async function releaseResources(): Promise<void> {
  await tenantPools().closeAll().catch(() => {});
  await stopTenantResolver().catch(() => {});
  await closeOwnerDb().catch(() => {});
  if (embedded?.owned) await embedded.stop();
  embedded = undefined;
}

/** Runs a CLI's main: prints errors as one line (never a stack for expected errors) and sets the exit code. */
export function runCli(main: () => Promise<number | void>): void {
  main()
    .then(async (code) => {
      await releaseResources();
      process.exit(code ?? 0);
    })
    .catch(async (error: unknown) => {
      if (error instanceof AppError) {
        console.error(`Error (${error.code}): ${error.message}`);
        const fields = (error.details as { fields?: Record<string, string[]> } | undefined)?.fields;
        if (fields) for (const [field, messages] of Object.entries(fields)) console.error(`  ${field}: ${messages.join(' ')}`);
      } else if (error instanceof z.ZodError) {
        for (const issue of error.issues) console.error(`Error: ${issue.path.join('.') || 'argument'}: ${issue.message}`);
      } else {
        console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
        if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      }
      await releaseResources();
      process.exit(error instanceof AppError && error.status < 500 ? 2 : 1);
    });
}

/** `--name value` / `--flag` / positional parsing; validation is the caller's zod schema. */
export function parseArgs(argv: string[]): { flags: Record<string, string | true>; positional: string[] } {
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const next = argv[i + 1];
      if (inline !== undefined) flags[name] = inline;
      else if (next !== undefined && !next.startsWith('--')) {
        flags[name] = next;
        i++;
      } else flags[name] = true;
    } else positional.push(arg);
  }
  return { flags, positional };
}

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
