import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenants, type TenantBranding } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { invalidateTenantCache } from '@/server/tenancy/resolve-tenant';
import { lockLiveTenant, tenantDetail, type TenantDetail } from './get-tenant';
import type { UpdateTenantBody } from './update-tenant.schema';

/** Renames a tenant and/or changes its branding (merged key by key). */
export async function updateTenant(
  db: OwnerDb,
  options: { tenantId: string; input: UpdateTenantBody; context: OwnerActionContext },
): Promise<TenantDetail> {
  const updated = await db.transaction(async (tx) => {
    const current = await lockLiveTenant(tx, options.tenantId);
    let branding: TenantBranding | undefined;
    if (options.input.branding) {
      const merged: Record<string, string | null | undefined> = {
        ...current.branding,
        ...options.input.branding,
      };
      branding = Object.fromEntries(Object.entries(merged).filter(([, v]) => typeof v === 'string'));
    }
    const [row] = await tx
      .update(tenants)
      .set({
        ...(options.input.name ? { name: options.input.name } : {}),
        ...(branding ? { branding } : {}),
        updatedAt: new Date(),
      })
      .where(eq(tenants.id, current.id))
      .returning();
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (options.input.name !== undefined) changes.name = { from: current.name, to: row!.name };
    if (branding) changes.branding = { from: current.branding, to: row!.branding };
    await auditAction(tx, options.context, {
      action: 'tenant.update',
      targetType: 'tenant',
      targetId: current.id,
      details: { slug: current.slug, changes },
    });
    return row!;
  });
  // The resolver caches name and branding with the tenant.
  invalidateTenantCache();
  return tenantDetail(db, updated);
}
