import { withOwner } from '@/server/owner/auth/with-owner';
import { recordAudit } from '@/server/owner/audit/record-audit';
import { runBilling } from '@/server/owner/billing/run-billing';
import { runDunning } from '@/server/owner/billing/run-dunning';
import { billingRunBody } from '@/server/owner/billing/billing-run.schema';
import { now } from '@/server/shared/clock';
import { readJsonOrEmpty } from '@/server/shared/http/read-json-or-empty';

// POST /api/owner/billing/run — OWNER: run the billing run and dunning now (what the hourly jobs do; idempotent)
export const POST = withOwner(async ({ req, db, user, meta }) => {
  const { tenantIds } = await readJsonOrEmpty(req, billingRunBody);
  const at = now();
  const billing = await runBilling(db, { now: at, tenantIds });
  const dunning = await runDunning(db, { now: at, tenantIds });
  await recordAudit(db, {
    actor: user,
    action: 'billing.run',
    details: { invoicesIssued: billing.invoicesIssued, suspended: dunning.suspended.length },
    ipAddress: meta.ipAddress,
    userAgent: meta.userAgent,
  });
  return {
    periodsClosed: billing.periodsClosed,
    invoicesIssued: billing.invoicesIssued,
    remindersSent: dunning.reminders,
    suspendedTenants: dunning.suspended.length,
  };
});
