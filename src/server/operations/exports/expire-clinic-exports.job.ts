import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { defineJob } from '@/server/operations/jobs/define-job';
import { tenantPools } from '@/server/tenancy/connections/tenant-connections';
import { expireExports } from '@/server/tenant/exports/expire-exports';

/** Deletes one clinic's exports past their 7 days (queued by exports.expire-all). */
export const expireClinicExportsJob = defineJob({
  name: 'exports.expire',
  payload: z.object({ tenantId: z.uuid() }),
  tenant: { allowInactive: true },
  handler: async ({ tenantId }, { log }) => {
    const [tenant] = await ownerDb
      .select({ slug: tenants.slug, status: tenants.status })
      .from(tenants)
      .where(eq(tenants.id, tenantId));
    if (!tenant || (tenant.status !== 'ACTIVE' && tenant.status !== 'SUSPENDED')) return { skipped: true };
    const expired = await tenantPools().withDb(tenantId, (db) =>
      expireExports(db, { tenantSlug: tenant.slug }),
    );
    if (tenant.status !== 'ACTIVE') await tenantPools().close(tenantId);
    log.info('exports expired', { expired });
    return { expired };
  },
});
