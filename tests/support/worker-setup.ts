import { afterAll } from 'vitest';

// Each test file is its own process: close the pools it opened so the worker exits promptly.
afterAll(async () => {
  const { closeOwnerDb } = await import('../../src/server/owner/db/client');
  const { tenantPools } = await import('../../src/server/tenancy/connections/tenant-connections');
  const { stopTenantResolver } = await import('../../src/server/tenancy/routing/resolve-tenant');
  await tenantPools().closeAll();
  await stopTenantResolver();
  await closeOwnerDb();
});
