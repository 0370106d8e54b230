import type { Tenant } from '@/server/owner/db/schema';
import type { MaintenanceReason } from '@/lib/domain/owner/tenants';

export type TenantMaintenanceView = { since: Date; reason: MaintenanceReason; message: string | null };

/**
 * What may leave the server about a tenant: never the encrypted password or the pending admin hash. Maintenance
 * is one field, null when the clinic is serving normally.
 */
export type TenantView = Omit<
  Tenant,
  'dbPasswordEncrypted' | 'pendingAdmin' | 'maintenanceStartedAt' | 'maintenanceReason' | 'maintenanceMessage'
> & { maintenance: TenantMaintenanceView | null };

export function toTenantView(tenant: Tenant): TenantView {
  const {
    dbPasswordEncrypted: _secret,
    pendingAdmin: _pending,
    maintenanceStartedAt,
    maintenanceReason,
    maintenanceMessage,
    ...view
  } = tenant;
  return {
    ...view,
    maintenance: maintenanceStartedAt
      ? { since: maintenanceStartedAt, reason: maintenanceReason ?? 'OPERATOR', message: maintenanceMessage }
      : null,
  };
}
