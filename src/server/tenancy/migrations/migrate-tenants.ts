import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { causeChain } from '@/server/shared/cause-chain';
import { AppError, notFound } from '@/server/shared/errors';
import { MAINTENANCE_DATABASE, withAdminClient } from '../cluster/admin-client';
import { migrateDatabase, migrationPlan, TENANT_MIGRATIONS, type MigrateOutcome } from './run-migrations';
import { parseDatabaseMarker, readDatabaseMarkers, recordSchemaVersion } from './schema-marker';
import { refreshRoleVerifiers, type VerifierRefreshReport } from '../connections/refresh-role-verifiers';
import { ensureServerTemplates } from '../servers/ensure-server-templates';
import { ensureTemplateDatabase } from '../provisioning/template';
import { grantTableRights } from '../provisioning/role-and-database';
import pLimit from 'p-limit';

/**
 * `npm run tenants:migrate`: the template first, then every tenant that has a database (ACTIVE or SUSPENDED), in
 * parallel with bounded concurrency. A failing tenant is recorded and the run goes on, and a re-run only touches
 * the tenants that are not current yet.
 *
 * The version check of a tenant is its database's schema marker (see schema-marker.ts), read for all tenants of a
 * server in one query: a tenant whose marker shows the latest migration is current without a connection of its own.
 * The others (no marker yet, older version, `verify`) get an admin connection that checks the migration journal,
 * migrates, and refreshes the marker.
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
  /** Ignore the schema markers and check every tenant's journal over its own connection. */
  verify?: boolean;
  onProgress?: (progress: MigrationProgress) => void;
};

export type MigrateTenantsReport = {
  template: MigrateOutcome;
  results: TenantMigrationResult[];
  counts: MigrationCounts;
  /** Tenants found current by their schema marker alone, without connecting to their database. */
  currentByMarker: number;
  /** Tenant roles given the cheap SCRAM verifier (see refresh-role-verifiers.ts). */
  verifiers: VerifierRefreshReport;
  durationMs: number;
};

export const DEFAULT_MIGRATION_CONCURRENCY = 4;

/** Statuses whose database exists. PROVISIONING/FAILED tenants are migrated by their own (re)provisioning. */
const MIGRATABLE = ['ACTIVE', 'SUSPENDED'] as const;

export async function migrateTenants(options: MigrateTenantsOptions = {}): Promise<MigrateTenantsReport> {
  const started = performance.now();
  const folder = options.folder ?? TENANT_MIGRATIONS;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_MIGRATION_CONCURRENCY));
  const plan = migrationPlan(folder); // a missing or unreadable journal fails here, before anything is touched
  if (options.slug) await assertMigratable(options.slug);

  // A broken migration fails on the template first and stops the run before any tenant is touched.
  let template: MigrateOutcome;
  try {
    template = await ensureTemplateDatabase(folder);
    // Every other registered server's template too: clinics placed there are cloned from it.
    if ((await ensureServerTemplates(folder)).length > 0) template = 'migrated';
  } catch (error) {
    throw new AppError(
      500,
      'TEMPLATE_MIGRATION_FAILED',
      `Migrating the tenant template failed: ${innermostMessage(error)}`,
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
  const results: TenantMigrationResult[] = new Array(targets.length); // in the order of the targets
  let done = 0;
  const record = (index: number, result: TenantMigrationResult) => {
    results[index] = result;
    counts[result.outcome]++;
    done++;
    options.onProgress?.({ ...counts, done, total: targets.length, last: result });
  };

  const markedCurrent = options.verify
    ? new Set<string>()
    : await tenantsCurrentByMarker(targets, plan.latest);
  const toCheck: number[] = [];
  targets.forEach((target, index) => {
    if (markedCurrent.has(target.id))
      record(index, { ...describeTarget(target), outcome: 'current', durationMs: 0 });
    else toCheck.push(index);
  });

  await pLimit(concurrency).map(toCheck, async (index) =>
    record(index, await migrateOne(targets[index]!, folder)),
  );
  const verifiers = await refreshRoleVerifiers();
  return {
    template,
    results,
    counts,
    currentByMarker: markedCurrent.size,
    verifiers,
    durationMs: performance.now() - started,
  };
}

/**
 * The ids of the tenants whose database marker shows `latest` (or newer): one query per database server. A server
 * that cannot be read is skipped here; its tenants are then checked one by one and fail with the real error.
 */
async function tenantsCurrentByMarker(targets: Target[], latest: number): Promise<Set<string>> {
  const byServer = new Map<string, Target[]>();
  for (const target of targets) {
    const key = `${target.dbHost}:${target.dbPort}`;
    const group = byServer.get(key);
    if (group) group.push(target);
    else byServer.set(key, [target]);
  }
  const current = new Set<string>();
  for (const group of byServer.values()) {
    const { dbHost: host, dbPort: port } = group[0]!;
    const markers = await withAdminClient(
      MAINTENANCE_DATABASE,
      (client) =>
        readDatabaseMarkers(
          client,
          group.map((t) => t.dbName),
        ),
      { host, port },
    ).catch(() => new Map<string, string | null>());
    for (const target of group) {
      const marker = parseDatabaseMarker(markers.get(target.dbName));
      if (marker?.tenantId === target.id && (marker.schemaVersion ?? 0) >= latest) current.add(target.id);
    }
  }
  return current;
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

function describeTarget(t: Target) {
  return { tenantId: t.id, slug: t.slug, database: t.dbName, server: `${t.dbHost}:${t.dbPort}` };
}

async function migrateOne(t: Target, folder: string): Promise<TenantMigrationResult> {
  const started = performance.now();
  const base = describeTarget(t);
  try {
    // The tenant's own server (tenants may live on other servers than the admin's default one).
    const outcome = await withAdminClient(
      t.dbName,
      async (client) => {
        const outcome = await migrateDatabase(client, folder);
        if (outcome === 'migrated') await grantTableRights(client, t.dbRole);
        await recordSchemaVersion(client, t.id);
        return outcome;
      },
      { host: t.dbHost, port: t.dbPort },
    );
    return { ...base, outcome, durationMs: performance.now() - started };
  } catch (error) {
    return {
      ...base,
      outcome: 'failed',
      error: innermostMessage(error),
      durationMs: performance.now() - started,
    };
  }
}

/** The most specific message: drizzle wraps the driver's error ("Failed query: …") with the real one as cause. */
function innermostMessage(error: unknown): string {
  const chain = causeChain(error);
  const firstNonError = chain.findIndex((link) => !(link instanceof Error));
  const innermost = chain[(firstNonError === -1 ? chain.length : firstNonError) - 1];
  const message = innermost instanceof Error ? innermost.message : String(error);
  return message.split('\n')[0]!.slice(0, 500);
}
