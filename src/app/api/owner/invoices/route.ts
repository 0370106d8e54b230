import { withOwner } from '@/server/owner/auth/with-owner';
import { listInvoicesQuery } from '@/server/owner/billing/invoice.schema';
import { listInvoices } from '@/server/owner/billing/list-invoices';
import { readQuery } from '@/server/shared/http/request';

// GET /api/owner/invoices — OWNER, SUPPORT: invoices, newest first (filters: status, tenantId, periodFrom, periodTo, q)
export const GET = withOwner(async ({ req, db }) => {
  const { data, hasMore } = await listInvoices(db, readQuery(req, listInvoicesQuery));
  return Response.json({ data, hasMore });
});
