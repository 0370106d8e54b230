import { ownerRoute } from '@/server/owner/auth/owner-route';
import { exportBillingCsv, exportQuery } from '@/server/owner/billing/export-csv';

// GET /api/owner/billing/export?kind=invoices|payments&from=YYYY-MM-DD&to=YYYY-MM-DD — OWNER, SUPPORT: CSV for accounting
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/billing/export',
    summary: 'CSV of invoices (by issue date) or payments (by payment date) in a date range, for accounting',
    tags: ['Owner: billing'],
    query: exportQuery,
    raw: { contentType: 'text/csv', description: 'The invoices or payments as CSV (an attachment)' },
  },
  async ({ db, query }) => {
    const body = await exportBillingCsv(db, query);
    return new Response(body, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${query.kind}-${query.from}-to-${query.to}.csv"`,
      },
    });
  },
);
