/**
 * The shapes the owner console renders, re-exported for src/components: the UI imports only src/lib,
 * src/components and these page loaders (eslint.boundaries.mjs). Types only, so nothing of the server reaches a
 * client bundle.
 */
export type { OwnerSessionUser } from '@/server/owner/auth/owner-sessions';
export type { InvoiceView } from '@/server/owner/billing/get-invoice';
export type { OwnerAuditEntry } from '@/server/owner/db/schema';
export type { AlertView } from '@/server/operations/health/health.schema';
export type { JobOverview } from '@/server/operations/jobs/job-overview.schema';
