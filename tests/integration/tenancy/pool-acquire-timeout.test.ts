import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { errorResponse } from '@/server/shared/http/respond';
import { POOL_ACQUIRE_TIMEOUT_MS, TenantPoolRegistry } from '@/server/tenancy/connections/pool-registry';
import { loadTenantConnectionInfo } from '@/server/tenancy/connections/connection-info';
import { createTestTenant } from '@tests/support/tenants';

/** Issue 8, point 6: a caller that cannot get a tenant pool within the acquire timeout gets a 503, not a wait for ever. */
describe('tenant pool acquire timeout', () => {
  it('fails a lease that waits past the timeout for a full connection budget, with a 503', async () => {
    const [a, b] = await Promise.all([createTestTenant('acq-a'), createTestTenant('acq-b')]);
    // Room for one connection only.
    const registry = new TenantPoolRegistry({
      maxTotal: 1,
      maxPerTenant: 1,
      idleMs: 60_000,
      loadConnectionInfo: loadTenantConnectionInfo,
    });
    let release: () => void = () => {};
    // A's only connection stays checked out (an open transaction), so the budget has nothing idle to close for B.
    const held = registry.withDb(a.tenant.id, (db) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await new Promise<void>((resolve) => (release = resolve));
      }),
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      const error = await registry
        .withDb(b.tenant.id, (db) => db.execute(sql`select 1`))
        .then(() => null)
        .catch((e: unknown) => e);
      expect(Date.now() - started).toBeGreaterThanOrEqual(POOL_ACQUIRE_TIMEOUT_MS - 50);
      const res = errorResponse(error);
      expect(res.status).toBe(503);
      expect((await res.json()).error.code).toBe('SERVICE_UNAVAILABLE');
      expect(res.headers.get('retry-after')).toBeTruthy();
    } finally {
      release();
      await held;
      await registry.closeAll();
    }
  });
});
