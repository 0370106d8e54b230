import { errorSummary } from '@/server/shared/describe-error';
import { and, desc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenants, type BackupKind, type Tenant, type TenantBackup } from '@/server/owner/db/schema';
import { notFound } from '@/server/shared/errors';
import { takeBackup } from './take-backup';
import pLimit from 'p-limit';

/** Clinics that have a database to back up: ACTIVE and SUSPENDED ones (backups run for inactive clinics too). */
export async function backupableTenants(db: OwnerDb): Promise<Tenant[]> {
  return db
    .select()
    .from(tenants)
    .where(and(inArray(tenants.status, ['ACTIVE', 'SUSPENDED']), isNotNull(tenants.dbPasswordEncrypted)))
    .orderBy(tenants.slug);
}

/** A clinic by slug: the live one, else the most recently deleted one of that slug (its backups remain). */
export async function tenantBySlug(db: OwnerDb, slug: string): Promise<Tenant> {
  const [live] = await db
    .select()
    .from(tenants)
    .where(and(eq(tenants.slug, slug), ne(tenants.status, 'DELETED')));
  if (live) return live;
  const [deleted] = await db
    .select()
    .from(tenants)
    .where(eq(tenants.slug, slug))
    .orderBy(desc(tenants.deletedAt))
    .limit(1);
  if (!deleted) throw notFound(`Tenant "${slug}"`);
  return deleted;
}

export type BackupOutcome = { tenant: Tenant; backup?: TenantBackup; error?: string; ms: number };

/**
 * Backs up many clinics with at most `concurrency` at once, so a nightly run never takes more than that many
 * database connections and cores from request traffic. One clinic's failure never stops the others.
 */
export async function backupMany(
  db: OwnerDb,
  options: {
    tenants: Tenant[];
    kind: BackupKind;
    concurrency: number;
    onDone?: (outcome: BackupOutcome, doneCount: number) => void;
  },
): Promise<BackupOutcome[]> {
  // In the order they finish, as onDone reports them.
  const outcomes: BackupOutcome[] = [];
  await pLimit(Math.max(1, options.concurrency)).map(options.tenants, async (tenant) => {
    const started = Date.now();
    let outcome: BackupOutcome;
    try {
      const backup = await takeBackup(db, { tenantId: tenant.id, kind: options.kind });
      outcome = {
        tenant,
        backup,
        ...(backup.error ? { error: backup.error } : {}),
        ms: Date.now() - started,
      };
    } catch (error) {
      outcome = {
        tenant,
        error: errorSummary(error),
        ms: Date.now() - started,
      };
    }
    outcomes.push(outcome);
    options.onDone?.(outcome, outcomes.length);
  });
  return outcomes;
}
