'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { formatBytes } from '@/components/owner/format';
import { Alert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/fields';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formText } from '@/components/ui/form-data';
import { useMutation } from '@/components/ui/use-mutation';
import { formatDateTime } from '@/lib/format/dates';
import { TENANT_FIELD_LIMITS as T } from '@/lib/field-limits';

export type BackupRow = {
  id: string;
  kind: string;
  status: string;
  createdAt: string;
  sizeBytes: number | null;
  verifiedAt: string | null;
  verification: { ok: boolean; error?: string } | null;
  error: string | null;
};

const STATUS_TONES: Record<string, BadgeTone> = { complete: 'success', running: 'info', failed: 'danger' };

/** The clinic's Backups tab: back up now, the list, restore in place (typed slug) and restore as a new clinic. */
export function BackupsPanel({
  tenant,
  backups,
  toolsProblem,
  canManage,
  canDownload,
}: {
  tenant: { id: string; slug: string; name: string; status: string };
  backups: BackupRow[];
  toolsProblem: string | null;
  canManage: boolean;
  canDownload: boolean;
}) {
  const router = useRouter();
  const backUp = useMutation();
  // The confirmed actions of a backup row (restore in place, delete); their errors show in the dialog.
  const confirmed = useMutation();
  const restoreNew = useMutation();
  const [newSlug, setNewSlug] = useState('');
  const base = `/api/owner/tenants/${tenant.id}`;
  const complete = backups.filter((b) => b.status === 'complete');
  const live = tenant.status !== 'DELETED';
  const lastError = backups.find((b) => b.status === 'failed')?.error;

  async function act(method: 'POST' | 'DELETE', url: string, body: unknown, success: string) {
    const result = await confirmed.run(method, url, body, { success });
    if (!result.ok) return result.message;
  }

  return (
    <div className="space-y-6">
      {toolsProblem ? (
        <Alert tone="danger" title="Backups cannot run on this server">
          {toolsProblem}
        </Alert>
      ) : null}
      <Card>
        <CardHeader
          title="Backups"
          description="Each backup holds the clinic's database (pg_dump) and files, checked by SHA-256. Nightly backups follow the schedule and retention on the Settings page; manual ones are kept until deleted."
          actions={
            canManage && live ? (
              <Button
                variant="primary"
                pending={backUp.pending}
                pendingLabel="Backing up…"
                onClick={() =>
                  void backUp.run('POST', `${base}/backups`, undefined, { success: 'Backup finished.' })
                }
              >
                Back up now
              </Button>
            ) : undefined
          }
        />
        {backUp.error ? (
          <CardBody>
            <Alert tone="danger">{backUp.error.message}</Alert>
          </CardBody>
        ) : null}
        {lastError && !toolsProblem ? (
          <CardBody>
            <Alert tone="warning" title="The latest failed backup said">
              {lastError}
            </Alert>
          </CardBody>
        ) : null}
        {backups.length === 0 ? (
          <EmptyState
            title="No backups yet"
            description="The first nightly backup runs at the scheduled time, or take one now."
          />
        ) : (
          <Table caption={`Backups of ${tenant.name}`}>
            <THead>
              <TR>
                <TH>Taken</TH>
                <TH>Kind</TH>
                <TH>Status</TH>
                <TH>Size</TH>
                <TH>Verified</TH>
                <TH>
                  <span className="sr-only">Actions</span>
                </TH>
              </TR>
            </THead>
            <TBody>
              {backups.map((b) => (
                <TR key={b.id}>
                  <TD className="whitespace-nowrap">{formatDateTime(b.createdAt)}</TD>
                  <TD>{b.kind}</TD>
                  <TD>
                    <Badge tone={STATUS_TONES[b.status] ?? 'neutral'} dot>
                      {b.status}
                    </Badge>
                    {b.error ? <p className="mt-1 max-w-xs text-xs text-red-700">{b.error}</p> : null}
                  </TD>
                  <TD className="whitespace-nowrap">
                    {b.sizeBytes === null ? '—' : formatBytes(b.sizeBytes)}
                  </TD>
                  <TD className="whitespace-nowrap">
                    {b.verifiedAt ? (
                      formatDateTime(b.verifiedAt)
                    ) : b.verification && !b.verification.ok ? (
                      <span className="text-red-700" title={b.verification.error}>
                        Failed
                      </span>
                    ) : (
                      'Not yet'
                    )}
                  </TD>
                  <TD>
                    <div className="flex flex-wrap justify-end gap-2">
                      {canDownload && b.status === 'complete' ? (
                        <a
                          className="text-sm font-medium text-brand-700 underline"
                          href={`${base}/backups/${b.id}/download`}
                        >
                          Download
                        </a>
                      ) : null}
                      {canManage && live && b.status === 'complete' ? (
                        <ConfirmDialog
                          triggerLabel="Restore"
                          triggerVariant="secondary"
                          title={`Restore ${tenant.name} from this backup?`}
                          description="The clinic goes into maintenance, a pre-restore backup is taken, and its database and files are replaced by this backup's. Everyone is signed out. If any step fails, the clinic is left exactly as it is now."
                          confirmLabel="Restore in place"
                          pendingLabel="Restoring…"
                          tone="danger"
                          requireText={tenant.slug}
                          onConfirm={() =>
                            act('POST', `${base}/restore`, { backupId: b.id }, 'Restore finished.')
                          }
                        />
                      ) : null}
                      {canManage && b.kind === 'manual' && b.status !== 'running' ? (
                        <ConfirmDialog
                          triggerLabel="Delete"
                          triggerVariant="ghost"
                          title="Delete this manual backup?"
                          description="Its files are removed from the backup folder."
                          confirmLabel="Delete backup"
                          pendingLabel="Deleting…"
                          tone="danger"
                          onConfirm={() =>
                            act('DELETE', `${base}/backups/${b.id}`, undefined, 'Backup deleted.')
                          }
                        />
                      ) : null}
                    </div>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      {canManage && complete.length > 0 ? (
        <Card>
          <CardHeader
            title="Restore as a new clinic"
            description="Creates a separate clinic (new slug, database and folders) from a backup, for inspection or to recover old records beside the live clinic. Users keep their passwords; nobody stays signed in."
          />
          <CardBody>
            <form
              className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
              onSubmit={(event) => {
                event.preventDefault();
                const form = new FormData(event.currentTarget);
                void restoreNew
                  .run(
                    'POST',
                    `${base}/restore`,
                    { backupId: formText(form, 'backupId'), asSlug: newSlug.trim() },
                    { success: `Restored as ${newSlug.trim()}.` },
                  )
                  .then((result) => {
                    const created = result.ok
                      ? (result.data as { tenant?: { id: string } }).tenant
                      : undefined;
                    if (created) router.push(`/owner/tenants/${created.id}`);
                  });
              }}
            >
              <SelectField label="Backup" name="backupId" defaultValue={complete[0]!.id}>
                {complete.map((b) => (
                  <option key={b.id} value={b.id}>
                    {formatDateTime(b.createdAt)} ({b.kind})
                  </option>
                ))}
              </SelectField>
              <TextField
                label="New clinic slug"
                name="asSlug"
                value={newSlug}
                onChange={(event) => setNewSlug(event.target.value)}
                placeholder={`${tenant.slug}-restored`}
                autoComplete="off"
                required
                minLength={T.slug.min}
                maxLength={T.slug.max}
                spellCheck={false}
                autoCapitalize="none"
              />
              <Button type="submit" variant="primary" pending={restoreNew.pending} pendingLabel="Restoring…">
                Restore as new clinic
              </Button>
            </form>
            {restoreNew.error ? (
              <Alert className="mt-4" tone="danger">
                {restoreNew.error.message}
              </Alert>
            ) : null}
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
