import type { Metadata } from 'next';
import { BackupsPanel } from '@/components/owner/backups-panel';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/states';
import { canManage } from '@/server/owner/pages/owner-page-session';
import { loadTenantBackupsPage } from '@/server/owner/pages/tenant-detail-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Backups' };

export default async function TenantBackupsPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, tenant, backups, toolsProblem } = await loadTenantBackupsPage((await params).id);
  if (!backups) {
    return (
      <Card>
        <ErrorState
          title="Backups could not be listed"
          description="Try again in a moment; if it persists, check the server logs."
        />
      </Card>
    );
  }
  return (
    <BackupsPanel
      tenant={{ id: tenant.id, slug: tenant.slug, name: tenant.name, status: tenant.status }}
      backups={backups}
      toolsProblem={toolsProblem}
      canManage={canManage(user)}
      canDownload={user.role === 'OWNER'}
    />
  );
}
