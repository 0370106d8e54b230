import type { Metadata } from 'next';
import { DangerZone } from '@/components/owner/danger-zone';
import { Alert } from '@/components/ui/alert';
import { loadTenantForPage } from '@/server/owner/pages/load-tenant';
import { canManage, requireOwnerPageUser } from '@/server/owner/pages/owner-page-session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Danger zone' };

export default async function TenantDangerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireOwnerPageUser();
  const tenant = await loadTenantForPage((await params).id);
  if (tenant.status === 'DELETED') {
    return (
      <Alert title="This tenant was deleted">
        Nothing is left to suspend or delete; the record is kept for the audit trail.
      </Alert>
    );
  }
  if (!canManage(user)) {
    return <Alert>Your role can view tenants but not suspend or delete them.</Alert>;
  }
  return (
    <DangerZone tenant={{ id: tenant.id, name: tenant.name, slug: tenant.slug, status: tenant.status }} />
  );
}
