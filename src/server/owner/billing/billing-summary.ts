import { sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';

export type BillingSummary = {
  currency: string;
  mrrMinor: number;
  arrMinor: number;
  outstandingMinor: number;
  overdueMinor: number;
  churnedMrrThisMonthMinor: number;
  activeSubscriptions: number;
  /** Last 12 months, oldest first: what was invoiced (by issue date) and paid (by payment date). */
  months: Array<{ month: string; invoicedMinor: number; paidMinor: number }>;
};

/**
 * The operator's billing overview as of `now`. MRR counts current ACTIVE and PAST_DUE subscriptions (yearly plans
 * at a twelfth); churned MRR is what subscriptions that ended this month without a successor (or were canceled)
 * brought in. Amounts are summed in minor units of the plans' currency (one currency per installation).
 */
export async function billingSummary(
  db: Pick<OwnerDb, 'execute'>,
  options: { now: Date },
): Promise<BillingSummary> {
  const at = options.now.toISOString();
  const [mrr, balances, churn, months] = await Promise.all([
    db.execute<{ mrr: string; count: string; currency: string | null }>(sql`
      select coalesce(sum(case when p.interval = 'YEAR' then p.price_minor / 12.0 else p.price_minor end), 0)::bigint as mrr,
             count(*) as count, min(p.currency) as currency
      from tenant_subscriptions s join subscription_plans p on p.id = s.plan_id join tenants t on t.id = s.tenant_id
      where s.ended_at is null and s.status in ('ACTIVE','PAST_DUE') and t.status in ('ACTIVE','SUSPENDED')`),
    db.execute<{ outstanding: string; overdue: string }>(sql`
      select coalesce(sum(total_minor - amount_paid_minor), 0) as outstanding,
             coalesce(sum(total_minor - amount_paid_minor) filter (where due_at < ${at}::timestamptz), 0) as overdue
      from invoices where status = 'open'`),
    db.execute<{ churned: string }>(sql`
      select coalesce(sum(case when p.interval = 'YEAR' then p.price_minor / 12.0 else p.price_minor end), 0)::bigint as churned
      from tenant_subscriptions s join subscription_plans p on p.id = s.plan_id
      where (s.status = 'CANCELED' and s.ended_at is null
             and s.current_period_end >= date_trunc('month', ${at}::timestamptz)
             and s.current_period_end <= ${at}::timestamptz)
         or (s.ended_at >= date_trunc('month', ${at}::timestamptz) and s.ended_at <= ${at}::timestamptz
             and not exists (select 1 from tenant_subscriptions n where n.tenant_id = s.tenant_id and n.started_at = s.ended_at))`),
    db.execute<{ month: string; invoiced: string; paid: string }>(sql`
      with m as (
        select generate_series(date_trunc('month', ${at}::timestamptz) - interval '11 months',
                               date_trunc('month', ${at}::timestamptz), interval '1 month') as start)
      select to_char(m.start, 'YYYY-MM') as month,
        (select coalesce(sum(total_minor), 0) from invoices i
          where i.status not in ('void','draft') and i.issued_at >= m.start and i.issued_at < m.start + interval '1 month') as invoiced,
        (select coalesce(sum(amount_minor), 0) from payments pm
          where pm.paid_at >= m.start and pm.paid_at < m.start + interval '1 month') as paid
      from m order by m.start`),
  ]);
  const mrrMinor = Number(mrr.rows[0]?.mrr ?? 0);
  return {
    currency: mrr.rows[0]?.currency ?? 'USD',
    mrrMinor,
    arrMinor: mrrMinor * 12,
    outstandingMinor: Number(balances.rows[0]?.outstanding ?? 0),
    overdueMinor: Number(balances.rows[0]?.overdue ?? 0),
    churnedMrrThisMonthMinor: Number(churn.rows[0]?.churned ?? 0),
    activeSubscriptions: Number(mrr.rows[0]?.count ?? 0),
    months: months.rows.map((r) => ({
      month: r.month,
      invoicedMinor: Number(r.invoiced),
      paidMinor: Number(r.paid),
    })),
  };
}
