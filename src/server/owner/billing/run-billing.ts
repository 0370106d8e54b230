import { and, eq, inArray, isNull, lte, ne } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantSubscriptions, tenants } from '@/server/owner/db/schema';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { logger } from '@/server/shared/logger';
import { billSubscriptionPeriod } from './bill-subscription-period';
import { notifyInvoiceIssued } from './notify-invoice-issued';
import pLimit from 'p-limit';

export type BillingRunResult = { periodsClosed: number; invoicesIssued: number; invoiceIds: string[] };

/**
 * The billing run: every current subscription whose period ended by `now` is billed, period after period until
 * it is current (a clinic missed while the workers were down catches up). Running it again finds nothing due.
 * Each clinic is its own transaction; `concurrency` of them run at once.
 */
export async function runBilling(
  db: OwnerDb,
  options: {
    now: Date;
    concurrency?: number;
    onProgress?: (done: number, total: number) => void;
    notify?: boolean;
    /** Only these clinics (tests, a manual run for one clinic). */
    tenantIds?: string[];
  },
): Promise<BillingRunResult> {
  const result: BillingRunResult = { periodsClosed: 0, invoicesIssued: 0, invoiceIds: [] };
  if (options.tenantIds?.length === 0) return result;
  // Read once per run: every invoice of one run is issued under the same tax rate and terms.
  const settings = await readSystemSettings(db);
  for (let pass = 0; pass < 24; pass++) {
    const due = await db
      .select({ id: tenantSubscriptions.id })
      .from(tenantSubscriptions)
      .innerJoin(tenants, eq(tenants.id, tenantSubscriptions.tenantId))
      .where(
        and(
          isNull(tenantSubscriptions.endedAt),
          lte(tenantSubscriptions.currentPeriodEnd, options.now),
          ne(tenantSubscriptions.status, 'CANCELED'),
          inArray(tenants.status, ['ACTIVE', 'SUSPENDED']),
          options.tenantIds ? inArray(tenants.id, options.tenantIds) : undefined,
        ),
      );
    if (due.length === 0) break;
    let done = 0;
    await pLimit(Math.max(1, options.concurrency ?? 4)).map(due, async ({ id }) => {
      const invoice = await billSubscriptionPeriod(db, { subscriptionId: id, now: options.now, settings });
      result.periodsClosed++;
      if (invoice) {
        result.invoicesIssued++;
        result.invoiceIds.push(invoice.id);
        if (options.notify !== false) await notifyInvoiceIssued(db, invoice);
      }
      options.onProgress?.(++done, due.length);
    });
  }
  if (result.periodsClosed > 0) logger.info('billing run', { ...result, invoiceIds: undefined });
  return result;
}
