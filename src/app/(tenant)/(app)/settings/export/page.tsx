import type { Metadata } from 'next';
import { Card, CardHeader } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { DataExportPanel } from '@/components/tenant/settings/data-export-panel';
import { requirePagePermission, requirePageSession } from '@/server/tenant/pages/page-context';
import { getPageTimezone } from '@/server/tenant/pages/page-data';
import { loadDataExportPage } from '@/server/tenant/pages/settings-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Data export' };

export default async function DataExportPage() {
  const { user } = await requirePageSession('/settings/export');
  requirePagePermission(user, 'exports:manage');
  const exports = await loadDataExportPage();
  const timeZone = await getPageTimezone();
  return (
    <>
      <PageHeader
        title="Data export"
        description="A copy of all of the clinic's data, to keep or to take elsewhere. Only administrators can request and download it."
      />
      <Card>
        <CardHeader
          title="Exports"
          description="Each export is kept for 7 days after it is ready, then deleted."
        />
        <DataExportPanel exports={exports} timeZone={timeZone} />
      </Card>
    </>
  );
}
