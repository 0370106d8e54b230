import { and, eq, lt, sql } from 'drizzle-orm';
import { invoices, tenantSubscriptions, tenants } from '@/server/owner/db/schema';
import { recordAudit } from '@/server/owner/audit/record-audit';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { DAY_MS } from '@/server/shared/clock';
import type { OwnerTx } from './issue-invoice';

/**
 * After a payment or a void: when the clinic owes nothing overdue any more, a PAST_DUE subscription is ACTIVE
 * again, and a clinic suspended for NON_PAYMENT (never one the operator suspended by hand) is served again.
 * Returns whether the clinic was reactivated (the caller then drops the routing cache).
 */
export async function reactivateIfSettled(
  tx: OwnerTx,
  options: { tenantId: string; now: Date; actor: { id: string; email: string } | null },
): Promise<boolean> {
  const overdue = await tx
    .select({ id: invoices.id, dueAt: invoices.dueAt })
    .from(invoices)
    .where(
      and(
        eq(invoices.tenantId, options.tenantId),
        eq(invoices.status, 'open'),
        lt(invoices.dueAt, options.now),
      ),
    );
  if (overdue.length === 0)
    await tx
      .update(tenantSubscriptions)
      .set({ status: 'ACTIVE' })
      .where(
        and(
          eq(tenantSubscriptions.tenantId, options.tenantId),
          sql`${tenantSubscriptions.endedAt} is null`,
          eq(tenantSubscriptions.status, 'PAST_DUE'),
        ),
      );
  const { billingGraceDays } = await readSystemSettings(tx);
  const graceLimit = options.now.getTime() - billingGraceDays * DAY_MS;
  if (overdue.some((invoice) => invoice.dueAt && invoice.dueAt.getTime() <= graceLimit)) return false;
  const [tenant] = await tx
    .update(tenants)
    .set({ status: 'ACTIVE', suspendedAt: null, suspensionReason: null, updatedAt: options.now })
    .where(
      and(
        eq(tenants.id, options.tenantId),
        eq(tenants.status, 'SUSPENDED'),
        eq(tenants.suspensionReason, 'NON_PAYMENT'),
      ),
    )
    .returning({ id: tenants.id, slug: tenants.slug });
  if (!tenant) return false;
  await recordAudit(tx, {
    actor: options.actor,
    action: 'tenant.activate',
    targetType: 'tenant',
    targetId: tenant.id,
    details: { slug: tenant.slug, reason: 'NON_PAYMENT_SETTLED' },
  });
  return true;
}
