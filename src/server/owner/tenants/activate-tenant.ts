import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { conflict } from '@/server/shared/errors';
import { invalidateTenantCache } from '@/server/tenancy/routing/resolve-tenant';
import { lockLiveTenant, tenantDetail, type TenantDetail } from './get-tenant';

/** Serves a SUSPENDED tenant again. (A FAILED tenant is not activated but retried: its database may not exist.) */
export async function activateTenant(
  db: OwnerDb,
  options: { tenantId: string; context: OwnerActionContext },
): Promise<TenantDetail> {
  const row = await db.transaction(async (tx) => {
    const current = await lockLiveTenant(tx, options.tenantId);
    if (current.status !== 'SUSPENDED') {
      const hint = current.status === 'FAILED' ? ' Retry its provisioning instead.' : '';
      throw conflict(
        'INVALID_STATE',
        `Only SUSPENDED tenants can be activated; this one is ${current.status}.${hint}`,
      );
    }
    const [updated] = await tx
      .update(tenants)
      .set({ status: 'ACTIVE', suspendedAt: null, suspensionReason: null, updatedAt: new Date() })
      .where(eq(tenants.id, current.id))
      .returning();
    await auditAction(tx, options.context, {
      action: 'tenant.activate',
      targetType: 'tenant',
      targetId: current.id,
      details: { slug: current.slug },
    });
    return updated!;
  });
  invalidateTenantCache();
  return tenantDetail(db, row);
}
