'use client';

import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { Card, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/dialog';
import { useMutation } from '@/components/ui/use-mutation';

type Props = { tenant: { id: string; name: string; slug: string; status: string } };

function Row({ title, description, action }: { title: string; description: ReactNode; action: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-4 px-5 py-4">
      <div className="max-w-xl">
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        <p className="mt-0.5 text-sm text-slate-600">{description}</p>
      </div>
      {action}
    </div>
  );
}

export function DangerZone({ tenant }: Props) {
  const router = useRouter();
  const change = useMutation();
  // Deleting leaves the page, so the deleted tenant's page is not re-rendered first.
  const removal = useMutation({ refresh: false });
  const base = `/api/owner/tenants/${tenant.id}`;
  // Set when the final (pre-delete) backup failed: deleting anyway then takes a second typed confirmation.
  const [backupFailure, setBackupFailure] = useState<string | null>(null);
  const afterDelete = () => {
    router.push('/owner/tenants');
    router.refresh();
  };

  async function act(method: 'POST', url: string, success: string): Promise<string | void> {
    const result = await change.run(method, url, undefined, { success });
    if (!result.ok) return result.message;
  }

  return (
    <Card className="ring-red-200">
      <CardHeader
        title="Danger zone"
        description="These actions affect the clinic's staff and clients immediately."
        className="border-red-200"
      />
      <div className="divide-y divide-slate-200">
        {tenant.status === 'SUSPENDED' ? (
          <Row
            title="Activate tenant"
            description="The clinic's site serves requests again within a few seconds."
            action={
              <ConfirmDialog
                triggerLabel="Activate tenant"
                triggerVariant="primary"
                title={`Activate ${tenant.name}?`}
                description="Staff and clients can sign in again."
                confirmLabel="Activate"
                pendingLabel="Activating…"
                onConfirm={() => act('POST', `${base}/activate`, `${tenant.name} is active again.`)}
              />
            }
          />
        ) : (
          <Row
            title="Suspend tenant"
            description="The clinic's site refuses every request (staff and clients see a suspension page). No data is removed; you can activate it again."
            action={
              <ConfirmDialog
                triggerLabel="Suspend tenant"
                triggerVariant="danger"
                triggerDisabled={tenant.status !== 'ACTIVE'}
                title={`Suspend ${tenant.name}?`}
                description="Within a few seconds the clinic's site stops serving requests and signed-in staff lose access until it is activated again."
                confirmLabel="Suspend"
                pendingLabel="Suspending…"
                tone="danger"
                onConfirm={() => act('POST', `${base}/suspend`, `${tenant.name} was suspended.`)}
              />
            }
          />
        )}
        <Row
          title="Delete tenant"
          description="Takes a final backup (kept with the archive), then drops the clinic's database and archives its files. This cannot be undone; the record stays in the list as Deleted for the audit trail."
          action={
            <ConfirmDialog
              triggerLabel="Delete tenant"
              triggerVariant="danger"
              title={`Delete ${tenant.name}?`}
              description="The database is dropped and every patient record, appointment and user of this clinic is gone from the live system."
              confirmLabel="Delete permanently"
              pendingLabel="Deleting…"
              tone="danger"
              requireText={tenant.slug}
              onConfirm={async () => {
                const result = await removal.run(
                  'DELETE',
                  base,
                  { confirm: tenant.slug },
                  { success: `${tenant.name} was deleted.` },
                );
                if (result.ok) return afterDelete();
                if (result.code === 'PRE_DELETE_BACKUP_FAILED') setBackupFailure(result.message);
                return result.message;
              }}
            />
          }
        />
        {backupFailure ? (
          <Row
            title="Delete without a final backup"
            description={`The final backup failed, so nothing was deleted: ${backupFailure} Deleting anyway drops the database with no copy kept; this choice is recorded in the audit log.`}
            action={
              <ConfirmDialog
                triggerLabel="Delete without backup"
                triggerVariant="danger"
                title={`Delete ${tenant.name} with no final backup?`}
                description="No copy of the clinic's records will exist after this. Type the slug a second time to confirm."
                confirmLabel="Delete without backup"
                pendingLabel="Deleting…"
                tone="danger"
                requireText={tenant.slug}
                onConfirm={async () => {
                  const result = await removal.run(
                    'DELETE',
                    base,
                    { confirm: tenant.slug, confirmWithoutBackup: tenant.slug },
                    { success: `${tenant.name} was deleted.` },
                  );
                  return result.ok ? afterDelete() : result.message;
                }}
              />
            }
          />
        ) : null}
      </div>
    </Card>
  );
}
