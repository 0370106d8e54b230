import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { AppError, notFound } from '@/server/shared/errors';
import { withAdminClient } from './admin-client';
import { migrateDatabase, migrationPlan, TENANT_MIGRATIONS, type MigrateOutcome } from './migrations';
import { ensureTemplateDatabase } from './template';
import { grantTableRights } from './tenant-database';

/**
 * `npm run tenants:migrate`: the template first, then every tenant that has a database (ACTIVE or SUSPENDED), in
 * parallel with bounded concurrency. A failing tenant is recorded and the run goes on; a current tenant costs one
 * admin connection and one version check, so a no-op run over many tenants is quick and a re-run only touches the
 * tenants that are not current yet.
 */

export type TenantMigrationOutcome = MigrateOutcome | 'failed';

export type TenantMigrationResult = {
  tenantId: string;
  slug: string;
  database: string;
  server: string;
  outcome: TenantMigrationOutcome;
  error?: string;
  durationMs: number;
};

export type MigrationCounts = { migrated: number; current: number; failed: number };

export type MigrationProgress = MigrationCounts & {
  done: number;
  total: number;
  last: TenantMigrationResult;
};

export type MigrateTenantsOptions = {
  /** Migrations folder (drizzle journal); the committed `drizzle/tenant` by default. */
  folder?: string;
  /** Only this tenant (slug). The template is migrated all the same: new tenants must start current. */
  slug?: string;
  /** Tenants migrated at the same time (default 4). */
  concurrency?: number;
  onProgress?: (progress: MigrationProgress) => void;
};

export type MigrateTenantsReport = {
  template: MigrateOutcome;
  results: TenantMigrationResult[];
  counts: MigrationCounts;
  durationMs: number;
};

export const DEFAULT_MIGRATION_CONCURRENCY = 4;

/** Statuses whose database exists. PROVISIONING/FAILED tenants are migrated by their own (re)provisioning. */
const MIGRATABLE = ['ACTIVE', 'SUSPENDED'] as const;

export async function migrateTenants(options: MigrateTenantsOptions = {}): Promise<MigrateTenantsReport> {
  const started = performance.now();
  const folder = options.folder ?? TENANT_MIGRATIONS;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_MIGRATION_CONCURRENCY));
  migrationPlan(folder); // a missing or unreadable journal fails here, before anything is touched
  if (options.slug) await assertMigratable(options.slug);

  // A broken migration fails on the template first and stops the run before any tenant is touched.
  let template: MigrateOutcome;
  try {
    template = await ensureTemplateDatabase(folder);
  } catch (error) {
    throw new AppError(
      500,
      'TEMPLATE_MIGRATION_FAILED',
      `Migrating the tenant template failed: ${describeError(error)}`,
    );
  }

  // Listed after the template is current: a tenant provisioned from here on is cloned from the new template.
  const targets = await ownerDb
    .select({
      id: tenants.id,
      slug: tenants.slug,
      dbName: tenants.dbName,
      dbRole: tenants.dbRole,
      dbHost: tenants.dbHost,
      dbPort: tenants.dbPort,
    })
    .from(tenants)
    .where(
      and(
        inArray(tenants.status, [...MIGRATABLE]),
        options.slug ? eq(tenants.slug, options.slug) : undefined,
      ),
    )
    .orderBy(asc(tenants.createdAt));

  const counts: MigrationCounts = { migrated: 0, current: 0, failed: 0 };
  const results: TenantMigrationResult[] = new Array(targets.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < targets.length) {
      const index = next++;
      const result = await migrateOne(targets[index]!, folder);
      results[index] = result;
      counts[result.outcome]++;
      done++;
      options.onProgress?.({ ...counts, done, total: targets.length, last: result });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, worker));
  return { template, results, counts, durationMs: performance.now() - started };
}

async function assertMigratable(slug: string): Promise<void> {
  const [found] = await ownerDb
    .select({ status: tenants.status })
    .from(tenants)
    .where(and(eq(tenants.slug, slug), ne(tenants.status, 'DELETED')));
  if (!found) throw notFound(`Tenant "${slug}"`);
  if (!(MIGRATABLE as readonly string[]).includes(found.status)) {
    throw new AppError(
      409,
      'INVALID_STATE',
      `Tenant "${slug}" is ${found.status}: it has no database to migrate.`,
    );
  }
}

type Target = { id: string; slug: string; dbName: string; dbRole: string; dbHost: string; dbPort: number };

async function migrateOne(t: Target, folder: string): Promise<TenantMigrationResult> {
  const started = performance.now();
  const base = { tenantId: t.id, slug: t.slug, database: t.dbName, server: `${t.dbHost}:${t.dbPort}` };
  try {
    // The tenant's own server (tenants may live on other servers than the admin's default one).
    const outcome = await withAdminClient(
      t.dbName,
      async (client) => {
        const outcome = await migrateDatabase(client, folder);
        if (outcome === 'migrated') await grantTableRights(client, t.dbRole);
        return outcome;
      },
      { host: t.dbHost, port: t.dbPort },
    );
    return { ...base, outcome, durationMs: performance.now() - started };
  } catch (error) {
    return {
      ...base,
      outcome: 'failed',
      error: describeError(error),
      durationMs: performance.now() - started,
    };
  }
}

/** The most specific message: drizzle wraps the driver's error ("Failed query: …") with the real one as cause. */
function describeError(error: unknown): string {
  let current: unknown = error;
  let message = error instanceof Error ? error.message : String(error);
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    message = current.message;
    current = current.cause;
  }
  return message.split('\n')[0]!.slice(0, 500);
}
