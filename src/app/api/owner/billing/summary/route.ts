import { ownerRoute } from '@/server/owner/auth/owner-route';
import { billingSummary } from '@/server/owner/billing/billing-summary';
import { billingSummarySchema } from '@/server/owner/billing/billing-summary.schema';
import { now } from '@/server/shared/clock';

// GET /api/owner/billing/summary — OWNER, SUPPORT: MRR, ARR, outstanding, overdue, churned MRR, invoiced vs paid by month
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/billing/summary',
    summary: 'MRR, ARR, outstanding and overdue amounts, churned MRR this month, invoiced and paid by month',
    tags: ['Owner: billing'],
    response: billingSummarySchema,
  },
  async ({ db }) => billingSummary(db, { now: now() }),
);
