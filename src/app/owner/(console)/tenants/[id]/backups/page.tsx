import type { Metadata } from 'next';
import { BackupsPanel } from '@/components/owner/backups-panel';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/states';
import { ownerDb } from '@/server/owner/db/client';
import { loadTenantForPage } from '@/server/owner/pages/load-tenant';
import { canManage, requireOwnerPageUser } from '@/server/owner/pages/owner-page-session';
import { toBackupView } from '@/server/operations/backups/backup.schema';
import { listBackups } from '@/server/operations/backups/list-backups';
import { pgTools } from '@/server/operations/backups/pg-tools';
import { logger } from '@/server/shared/logger';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Backups' };

export default async function TenantBackupsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireOwnerPageUser();
  const tenant = await loadTenantForPage((await params).id);
  let backups;
  try {
    backups = (await listBackups(ownerDb, { tenantId: tenant.id })).map(toBackupView);
  } catch (error) {
    logger.error('backups page: listing failed', { tenantId: tenant.id, error });
    return (
      <Card>
        <ErrorState
          title="Backups could not be listed"
          description="Try again in a moment; if it persists, check the server logs."
        />
      </Card>
    );
  }
  // The same check every backup makes: say what to install before anyone presses "Back up now".
  const toolsProblem = await pgTools().then(
    () => null,
    (error: Error) => error.message,
  );
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
