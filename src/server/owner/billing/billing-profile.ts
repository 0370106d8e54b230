import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantBillingProfiles, type BillingProfileSnapshot } from '@/server/owner/db/schema';
import type { BillingProfileBody } from './invoice.schema';

const EMPTY: BillingProfileSnapshot = { legalName: null, address: null, taxId: null, billingEmail: null };

export async function getBillingProfile(
  db: Pick<OwnerDb, 'select'>,
  tenantId: string,
): Promise<BillingProfileSnapshot> {
  const [row] = await db
    .select()
    .from(tenantBillingProfiles)
    .where(eq(tenantBillingProfiles.tenantId, tenantId));
  if (!row) return EMPTY;
  return { legalName: row.legalName, address: row.address, taxId: row.taxId, billingEmail: row.billingEmail };
}

/** Updates the fields given (empty strings clear them); later invoices snapshot the result. */
export async function updateBillingProfile(
  db: Pick<OwnerDb, 'insert'>,
  tenantId: string,
  input: BillingProfileBody,
): Promise<BillingProfileSnapshot> {
  const values = Object.fromEntries(
    Object.entries(input).map(([k, v]) => [k, typeof v === 'string' && v === '' ? null : v]),
  ) as BillingProfileBody;
  const [row] = await db
    .insert(tenantBillingProfiles)
    .values({ tenantId, ...values, updatedAt: new Date() })
    .onConflictDoUpdate({ target: tenantBillingProfiles.tenantId, set: { ...values, updatedAt: new Date() } })
    .returning();
  return {
    legalName: row!.legalName,
    address: row!.address,
    taxId: row!.taxId,
    billingEmail: row!.billingEmail,
  };
}
