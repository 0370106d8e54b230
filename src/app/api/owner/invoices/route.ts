import { z } from 'zod';
import { ownerRoute } from '@/server/owner/auth/owner-route';
import { invoiceSchema, listInvoicesQuery } from '@/server/owner/billing/invoice.schema';
import { listInvoices } from '@/server/owner/billing/list-invoices';

// GET /api/owner/invoices — OWNER, SUPPORT: invoices, newest first (filters: status, tenantId, periodFrom, periodTo, q)
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/invoices',
    summary: 'Invoices, newest first; filter by status, clinic, period and search (number, clinic)',
    tags: ['Owner: billing'],
    query: listInvoicesQuery,
    response: z.array(invoiceSchema),
    list: true,
  },
  async ({ db, query }) => {
    // The console pages by `hasMore` (an offset list), so this answer keeps its own shape.
    const { data, hasMore } = await listInvoices(db, query);
    return Response.json({ data, hasMore });
  },
);
