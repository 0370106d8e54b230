import type { Tenant } from '@/server/owner/db/schema';

/** What may leave the server about a tenant: never the encrypted password or the pending admin hash. */
export type TenantView = Omit<Tenant, 'dbPasswordEncrypted' | 'pendingAdmin'>;

export function toTenantView(tenant: Tenant): TenantView {
  const { dbPasswordEncrypted: _secret, pendingAdmin: _pending, ...view } = tenant;
  return view;
}
