import { and, eq, isNull, sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenants, type MaintenanceReason } from '@/server/owner/db/schema';
import { AppError, conflict } from '@/server/shared/errors';
import { invalidateTenantCache, type ResolvedTenant } from './resolve-tenant';

/**
 * Maintenance mode: a clinic's hosts answer 503 TENANT_MAINTENANCE (with Retry-After) and its pages show a
 * friendly notice, while its status stays ACTIVE so operations (restore, move, backups) can still reach it.
 * Every app process hears of the change through the tenants NOTIFY trigger and drops its host cache at once.
 */

/** Seconds a client is told to wait before retrying a clinic in maintenance. */
const MAINTENANCE_RETRY_AFTER_SECONDS = 60;

export function maintenanceError(maintenance: NonNullable<ResolvedTenant['maintenance']>): AppError {
  return new AppError(
    503,
    'TENANT_MAINTENANCE',
    maintenance.message ?? 'This clinic is undergoing maintenance. Please try again in a few minutes.',
    {
      retryAfterSeconds: MAINTENANCE_RETRY_AFTER_SECONDS,
      since: maintenance.since,
      reason: maintenance.reason,
    },
  );
}

/**
 * Puts a clinic into maintenance. With `exclusive`, refuses (409 MAINTENANCE_IN_PROGRESS) when it already is,
 * so two operations that each need the clinic quiet (e.g. two restores) cannot overlap.
 */
export async function enterMaintenance(
  db: OwnerDb,
  options: { tenantId: string; reason: MaintenanceReason; message?: string | null; exclusive?: boolean },
): Promise<void> {
  const rows = await db
    .update(tenants)
    .set({
      maintenanceStartedAt: sql`coalesce(${tenants.maintenanceStartedAt}, now())`,
      maintenanceReason: options.reason,
      maintenanceMessage: options.message ?? null,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(tenants.id, options.tenantId),
        options.exclusive ? isNull(tenants.maintenanceStartedAt) : undefined,
      ),
    )
    .returning({ id: tenants.id });
  if (rows.length === 0) {
    if (options.exclusive)
      throw conflict(
        'MAINTENANCE_IN_PROGRESS',
        'This clinic is already in maintenance (another restore or move may be running). Try again when it ends.',
      );
    throw new AppError(404, 'NOT_FOUND', 'Tenant not found.');
  }
  invalidateTenantCache();
}

/** Ends maintenance; with `reason`, only when it was that operation's (an operator's own stays on). */
export async function leaveMaintenance(
  db: OwnerDb,
  options: { tenantId: string; reason?: MaintenanceReason },
): Promise<void> {
  await db
    .update(tenants)
    .set({
      maintenanceStartedAt: null,
      maintenanceReason: null,
      maintenanceMessage: null,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(tenants.id, options.tenantId),
        options.reason ? eq(tenants.maintenanceReason, options.reason) : undefined,
      ),
    );
  invalidateTenantCache();
}
