import { withOwner } from '@/server/owner/auth/with-owner';
import { exportBillingCsv, exportQuery } from '@/server/owner/billing/export-csv';
import { readQuery } from '@/server/shared/http/request';

// GET /api/owner/billing/export?kind=invoices|payments&from=YYYY-MM-DD&to=YYYY-MM-DD — OWNER, SUPPORT: CSV for accounting
export const GET = withOwner(async ({ req, db }) => {
  const query = readQuery(req, exportQuery);
  const body = await exportBillingCsv(db, query);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${query.kind}-${query.from}-to-${query.to}.csv"`,
    },
  });
});
