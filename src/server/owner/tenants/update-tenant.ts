import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenants, type TenantBranding } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { invalidateTenantCache } from '@/server/tenancy/routing/resolve-tenant';
import { lockLiveTenant, tenantDetail, type TenantDetail } from './get-tenant';
import type { UpdateTenantBody } from './update-tenant.schema';

const sortKeys = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));

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
    const nameChanged = options.input.name !== undefined && options.input.name !== current.name;
    const brandingChanged =
      branding !== undefined &&
      JSON.stringify(sortKeys(branding)) !== JSON.stringify(sortKeys(current.branding));
    // Saving what is already stored changes nothing and records nothing ("from X to X" is noise in the audit log).
    if (!nameChanged && !brandingChanged) return current;
    const [row] = await tx
      .update(tenants)
      .set({
        ...(nameChanged ? { name: options.input.name } : {}),
        ...(brandingChanged ? { branding } : {}),
        updatedAt: new Date(),
      })
      .where(eq(tenants.id, current.id))
      .returning();
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (nameChanged) changes.name = { from: current.name, to: row!.name };
    if (brandingChanged) changes.branding = { from: current.branding, to: row!.branding };
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
