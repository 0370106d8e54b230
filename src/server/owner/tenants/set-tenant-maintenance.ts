import { and, eq, ne } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { conflict, notFound } from '@/server/shared/errors';
import { enterMaintenance, leaveMaintenance } from '@/server/tenancy/routing/maintenance';
import { getTenant, type TenantDetail } from './get-tenant';

/**
 * The operator turns a clinic's maintenance mode on (with a message for its users) or off. A maintenance held by
 * a restore or a move is that operation's to end: changing it by hand would let the clinic serve mid-swap, so
 * it is refused (409) until the operation finishes. Audited.
 */
export async function setTenantMaintenance(
  db: OwnerDb,
  options: { tenantId: string; enabled: boolean; message?: string; context: OwnerActionContext },
): Promise<TenantDetail> {
  const [current] = await db
    .select({
      id: tenants.id,
      slug: tenants.slug,
      since: tenants.maintenanceStartedAt,
      reason: tenants.maintenanceReason,
    })
    .from(tenants)
    .where(and(eq(tenants.id, options.tenantId), ne(tenants.status, 'DELETED')));
  if (!current) throw notFound('Tenant');
  if (current.since && current.reason && current.reason !== 'OPERATOR')
    throw conflict(
      'MAINTENANCE_IN_PROGRESS',
      `A ${current.reason.toLowerCase()} holds this clinic in maintenance; it ends when that operation does.`,
    );

  const message = options.message ? options.message : null;
  if (options.enabled) await enterMaintenance(db, { tenantId: current.id, reason: 'OPERATOR', message });
  else await leaveMaintenance(db, { tenantId: current.id, reason: 'OPERATOR' });
  await auditAction(db, options.context, {
    action: options.enabled ? 'tenant.maintenance.enter' : 'tenant.maintenance.leave',
    targetType: 'tenant',
    targetId: current.id,
    details: { slug: current.slug, ...(options.enabled ? { withMessage: message !== null } : {}) },
  });
  return getTenant(db, { tenantId: current.id });
}
