/**
 * Closes what the app's modules opened in this process: tenant pools, the routing listener, the owner pool.
 * Files that stop their own cluster first pass `ignoreErrors`, since closing then meets dead sockets.
 */
export async function closeAppConnections(options: { ignoreErrors?: boolean } = {}): Promise<void> {
  const { tenantPools } = await import('@/server/tenancy/connections/tenant-connections');
  const { stopTenantResolver } = await import('@/server/tenancy/routing/resolve-tenant');
  const { closeOwnerDb } = await import('@/server/owner/db/client');
  const settle = (p: Promise<unknown>) => (options.ignoreErrors ? p.catch(() => {}) : p);
  await settle(tenantPools().closeAll());
  await settle(stopTenantResolver());
  await settle(closeOwnerDb());
}
