import path from 'node:path';
import { z } from 'zod';
import { env } from '../../src/env';
import { closeOwnerDb } from '../../src/server/owner/db/client';
import { AppError } from '../../src/server/shared/errors';
import { dataDir, isEmbeddedMode } from '../../src/server/tenancy/cluster/cluster';
import {
  startEmbeddedPostgres,
  type EmbeddedServer,
} from '../../src/server/tenancy/cluster/embedded-postgres';
import { readEmbeddedState } from '../../src/server/tenancy/cluster/embedded-state';
import { tenantPools } from '../../src/server/tenancy/connections/tenant-connections';
import { stopTenantResolver } from '../../src/server/tenancy/routing/resolve-tenant';
import { repointEmbeddedTenants } from '../../src/server/tenancy/setup';

/**
 * Shared plumbing for the thin CLIs in scripts/: env validation, the embedded server when no external one is
 * configured (reused if `npm start` is already running it), clean shutdown and exit codes.
 */

let embedded: EmbeddedServer | undefined;

export async function ensureCluster(log: (line: string) => void = () => {}): Promise<void> {
  env();
  if (!isEmbeddedMode() || embedded) return;
  const previousPort = readEmbeddedState(dataDir())?.port;
  embedded = await startEmbeddedPostgres({
    dataDir: dataDir(),
    log: (line) => {
      if (process.env.DEBUG) log(line);
    },
  });
  // Its old port was taken: tenant rows must follow before any CLI connects to a tenant. Before the first set-up
  // there is no owner database yet; set-up itself repoints then.
  if (previousPort && previousPort !== embedded.port) await repointEmbeddedTenants().catch(() => 0);
}

export async function releaseResources(): Promise<void> {
  // Each step may throw synchronously (e.g. env() on a bad variable, already reported): never let cleanup
  // repeat that error or hide the first one.
  await Promise.resolve()
    .then(() => tenantPools().closeAll())
    .catch(() => {});
  await Promise.resolve()
    .then(() => stopTenantResolver())
    .catch(() => {});
  await Promise.resolve()
    .then(() => closeOwnerDb())
    .catch(() => {});
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
      if (error instanceof UsageError) {
        console.error(`Error: ${error.message}`);
        console.error(error.usage);
      } else if (error instanceof AppError) {
        console.error(`Error (${error.code}): ${error.message}`);
        const fields = (error.details as { fields?: Record<string, string[]> } | undefined)?.fields;
        if (fields)
          for (const [field, messages] of Object.entries(fields))
            console.error(`  ${field}: ${messages.join(' ')}`);
      } else if (error instanceof z.ZodError) {
        for (const issue of error.issues)
          console.error(`Error: ${issue.path.join('.') || 'argument'}: ${issue.message}`);
      } else {
        console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
        if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      }
      await releaseResources();
      process.exit(error instanceof UsageError || (error instanceof AppError && error.status < 500) ? 2 : 1);
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
      // `--name=value`: split on the first '=' only, values may contain more.
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      const inline = eq === -1 ? undefined : arg.slice(eq + 1);
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

/** Wrong command-line arguments: printed with the usage text, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Parses `argv` against a zod object whose keys are the allowed `--flags` (and `positional` for the rest).
 * Unknown flags and invalid values become a UsageError naming the option.
 */
export function parseCliArgs<S extends z.ZodObject>(
  schema: S,
  usage: string,
  argv = process.argv.slice(2),
): z.output<S> {
  const { flags, positional } = parseArgs(argv);
  if ('help' in flags) {
    console.log(usage);
    process.exit(0);
  }
  const known = new Set(Object.keys(schema.shape));
  for (const name of Object.keys(flags))
    if (!known.has(name)) throw new UsageError(`unknown option --${name}`, usage);
  const result = schema.safeParse(known.has('positional') ? { ...flags, positional } : flags);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? 'argument');
    throw new UsageError(`${name === 'positional' ? 'argument' : `--${name}`}: ${issue.message}`, usage);
  }
  if (!known.has('positional') && positional.length > 0)
    throw new UsageError(`unexpected argument ${positional[0]}`, usage);
  return result.data;
}

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
