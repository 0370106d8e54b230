import { withOwner } from '@/server/owner/auth/with-owner';
import { billingSummary } from '@/server/owner/billing/billing-summary';
import { now } from '@/server/shared/clock';

// GET /api/owner/billing/summary — OWNER, SUPPORT: MRR, ARR, outstanding, overdue, churned MRR, invoiced vs paid by month
export const GET = withOwner(async ({ db }) => billingSummary(db, { now: now() }));
