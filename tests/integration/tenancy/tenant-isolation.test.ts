import { describe, expect, it } from 'vitest';
import { TEMPLATE_DATABASE } from '@/server/tenancy/cluster/cluster';
import { loadTenantConnectionInfo } from '@/server/tenancy/connections/connection-info';
import { provisionTenant } from '@/server/tenancy/provisioning/provision-tenant';
import { tryConnect } from '@tests/support/core-admin';
import { uniqueSlug } from '@tests/support/factories';

const INSUFFICIENT_PRIVILEGE = '42501';

async function provision(prefix: string) {
  const slug = uniqueSlug(prefix);
  return provisionTenant({
    name: `Clinic ${slug}`,
    slug,
    admin: { email: `admin@${slug}.test`, name: 'Admin', password: 'admin-password-123' },
  });
}

describe('tenant database isolation', () => {
  it("lets a tenant's role into its own database only: not another tenant's, the owner's or the template", async () => {
    const [a, b] = await Promise.all([provision('iso-a'), provision('iso-b')]);
    // A's real credential, decrypted the way the app does it.
    const asA = await loadTenantConnectionInfo(a.id);
    expect(await tryConnect(asA)).toBe('ok');
    expect(await tryConnect({ ...asA, database: b.dbName })).toBe(INSUFFICIENT_PRIVILEGE);
    const ownerDatabase = new URL(process.env.OWNER_DATABASE_URL!).pathname.slice(1);
    expect(await tryConnect({ ...asA, database: ownerDatabase })).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await tryConnect({ ...asA, database: TEMPLATE_DATABASE })).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await tryConnect({ ...asA, database: 'smartdmv_tenant_default' })).toBe(INSUFFICIENT_PRIVILEGE);
    // And B's password does not open A's role.
    const asB = await loadTenantConnectionInfo(b.id);
    expect(await tryConnect({ ...asA, password: asB.password })).toBe('28P01');
  });
});
