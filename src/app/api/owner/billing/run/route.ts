import { ownerRoute } from '@/server/owner/auth/owner-route';
import { recordAudit } from '@/server/owner/audit/record-audit';
import { runBilling } from '@/server/owner/billing/run-billing';
import { runDunning } from '@/server/owner/billing/run-dunning';
import { billingRunBody, billingRunResult } from '@/server/owner/billing/billing-run.schema';
import { now } from '@/server/shared/clock';

// POST /api/owner/billing/run — OWNER: run the billing run and dunning now (what the hourly jobs do; idempotent)
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/billing/run',
    summary: 'Run the billing run and dunning now (the hourly jobs do it too; idempotent)',
    tags: ['Owner: billing'],
    body: billingRunBody,
    optionalBody: true,
    response: billingRunResult,
  },
  async ({ db, body, user, meta }) => {
    const { tenantIds } = body;
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
  },
);
