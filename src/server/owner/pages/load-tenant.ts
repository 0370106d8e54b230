import 'server-only';
import { isUuid } from '@/lib/identifiers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ownerDb } from '@/server/owner/db/client';
import { getTenant, type TenantDetail } from '@/server/owner/tenants/get-tenant';
import { isAppError } from '@/server/shared/errors';

/**
 * The tenant for a /owner/tenants/[id] page, shared by the layout and the page within one request. A malformed
 * or unknown id renders the 404 page instead of a database cast error.
 */
export const loadTenantForPage = cache(async (id: string): Promise<TenantDetail> => {
  if (!isUuid(id)) notFound();
  try {
    return await getTenant(ownerDb, { tenantId: id });
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
});
