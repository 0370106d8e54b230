import { eq, lt, or } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { deleteStaleThrottleRows } from '@/server/shared/delete-stale-throttle-rows';
import { tenantPools } from '@/server/tenancy/connections/tenant-connections';
import { sessions } from '@/server/tenant/db/schema';
import { sweepStaleUploads } from '@/server/tenant/files/tenant-paths';

export type CleanupCounts = { sessions: number; throttleRows: number; uploadParts: number };

/**
 * One clinic's housekeeping, in its own database (through the pool registry) and folder: expired sessions,
 * login-throttle rows that can no longer throttle, and upload parts left behind by dropped uploads.
 * Idempotent: a second run finds nothing more to delete.
 */
export async function cleanClinicState(tenantId: string): Promise<CleanupCounts> {
  const [tenant] = await ownerDb.select({ slug: tenants.slug }).from(tenants).where(eq(tenants.id, tenantId));
  if (!tenant) return { sessions: 0, throttleRows: 0, uploadParts: 0 };
  const now = new Date();
  const { sessionCount, throttleRows } = await tenantPools().withDb(tenantId, async (db) => {
    const deleted = await db
      .delete(sessions)
      .where(or(lt(sessions.idleExpiresAt, now), lt(sessions.absoluteExpiresAt, now)))
      .returning({ id: sessions.id });
    return {
      sessionCount: deleted.length,
      throttleRows: await deleteStaleThrottleRows(db, 'login_throttle'),
    };
  });
  const uploadParts = await sweepStaleUploads(tenant.slug);
  return { sessions: sessionCount, throttleRows, uploadParts };
}
