import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { invoices, tenantSubscriptions, tenants } from '@/server/owner/db/schema';
import { recordAudit } from '@/server/owner/audit/record-audit';
import { queueMail } from '@/server/owner/mail/queue-mail';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { tenantSiteUrl } from '@/server/owner/tenants/tenant-site-url';
import { DAY_MS } from '@/server/shared/clock';
import { tenantPools } from '@/server/tenancy/connections/tenant-connections';
import { invalidateTenantCache } from '@/server/tenancy/routing/resolve-tenant';
import { balanceOf } from './get-invoice';
import { formatMoney } from './money';

/** Reminder n (1, 2) is sent once the invoice is this many days past due. */
const REMINDER_DAYS = [3, 7] as const;

export type DunningResult = { reminders: number; pastDue: number; suspended: string[] };

/**
 * Dunning over every open invoice past its due date, as of `now`: the subscription becomes PAST_DUE, reminder
 * mails go out at +3 and +7 days (each once: the stage is advanced with a compare-and-set), and after
 * billingGraceDays the clinic is suspended for NON_PAYMENT when the operator allows it. Safe to run repeatedly.
 */
export async function runDunning(
  db: OwnerDb,
  options: { now: Date; tenantIds?: string[] },
): Promise<DunningResult> {
  const settings = await readSystemSettings(db);
  const result: DunningResult = { reminders: 0, pastDue: 0, suspended: [] };
  if (options.tenantIds?.length === 0) return result;
  const overdue = await db
    .select({ invoice: invoices, tenant: tenants })
    .from(invoices)
    .innerJoin(tenants, eq(tenants.id, invoices.tenantId))
    .where(
      and(
        eq(invoices.status, 'open'),
        lt(invoices.dueAt, options.now),
        options.tenantIds ? inArray(invoices.tenantId, options.tenantIds) : undefined,
      ),
    );
  for (const { invoice, tenant } of overdue) {
    const daysOverdue = Math.floor((options.now.getTime() - invoice.dueAt!.getTime()) / DAY_MS);
    const pastDue = await db
      .update(tenantSubscriptions)
      .set({ status: 'PAST_DUE' })
      .where(
        and(
          eq(tenantSubscriptions.tenantId, tenant.id),
          isNull(tenantSubscriptions.endedAt),
          sql`${tenantSubscriptions.status} in ('ACTIVE','TRIALING')`,
        ),
      )
      .returning({ id: tenantSubscriptions.id });
    result.pastDue += pastDue.length;

    const stage = REMINDER_DAYS.filter((days) => daysOverdue >= days).length;
    if (stage > invoice.remindersSent) {
      const advanced = await db
        .update(invoices)
        .set({ remindersSent: stage })
        .where(and(eq(invoices.id, invoice.id), eq(invoices.remindersSent, invoice.remindersSent)))
        .returning({ id: invoices.id });
      const to = invoice.billingProfile.billingEmail;
      if (advanced.length > 0 && to) {
        await queueMail(db, {
          to,
          template: 'invoice-reminder',
          tenant,
          data: {
            number: invoice.number!,
            balance: formatMoney(balanceOf(invoice), invoice.currency),
            dueDate: invoice.dueAt!.toISOString().slice(0, 10),
            daysOverdue,
            url: `${tenantSiteUrl(tenant)}/settings/plan`,
          },
          attachments: [{ kind: 'invoice-pdf', invoiceId: invoice.id }],
        });
        result.reminders++;
      }
    }

    if (
      settings.autoSuspendForNonPayment &&
      daysOverdue >= settings.billingGraceDays &&
      tenant.status === 'ACTIVE'
    ) {
      const suspended = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(tenants)
          .set({
            status: 'SUSPENDED',
            suspendedAt: options.now,
            suspensionReason: 'NON_PAYMENT',
            updatedAt: options.now,
          })
          .where(and(eq(tenants.id, tenant.id), eq(tenants.status, 'ACTIVE')))
          .returning({ id: tenants.id });
        if (!row) return false;
        await recordAudit(tx, {
          action: 'tenant.suspend',
          targetType: 'tenant',
          targetId: tenant.id,
          details: { slug: tenant.slug, reason: 'NON_PAYMENT', invoice: invoice.number, daysOverdue },
        });
        return true;
      });
      if (suspended) {
        tenant.status = 'SUSPENDED';
        result.suspended.push(tenant.id);
        invalidateTenantCache();
        await tenantPools().close(tenant.id);
      }
    }
  }
  return result;
}
