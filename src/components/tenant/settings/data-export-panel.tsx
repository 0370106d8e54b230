'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatBytes } from '@/lib/format-bytes';
import { formatDateTime } from '@/lib/format/dates';
import { useMutation } from '@/components/ui/use-mutation';
import { type DataExportView } from '@/server/tenant/pages/view-types';

const STATUS: Record<DataExportView['status'], { label: string; tone: BadgeTone }> = {
  queued: { label: 'Queued', tone: 'neutral' },
  running: { label: 'Preparing', tone: 'info' },
  complete: { label: 'Ready', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  expired: { label: 'Expired', tone: 'neutral' },
};

/**
 * Settings → Data export: request a full export, watch it being prepared (the page refreshes every few seconds
 * while one is in progress), and download it while it is kept (7 days).
 */
/** `timeZone`: the practice's, so the times read the same on the server-rendered page and after hydration. */
export function DataExportPanel({ exports, timeZone }: { exports: DataExportView[]; timeZone: string }) {
  const router = useRouter();
  const mutation = useMutation();
  const inProgress = exports.some((e) => e.status === 'queued' || e.status === 'running');

  useEffect(() => {
    if (!inProgress) return;
    const timer = setInterval(() => router.refresh(), 3000);
    return () => clearInterval(timer);
  }, [inProgress, router]);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 px-5 pt-5">
        <Button
          onClick={() => void mutation.run('POST', '/api/exports')}
          pending={mutation.pending}
          pendingLabel="Requesting…"
          disabled={inProgress}
        >
          Request a new export
        </Button>
        {inProgress ? (
          <p className="text-sm text-slate-600" role="status">
            An export is being prepared. This page updates by itself.
          </p>
        ) : null}
      </div>
      {mutation.error ? (
        <div className="px-5">
          <Alert tone="danger">{mutation.error.message}</Alert>
        </div>
      ) : null}
      {exports.length === 0 ? (
        <EmptyState
          title="No exports yet"
          description="An export is a zip of all the clinic's records as CSV and JSON files, with every stored file in a folder per patient."
        />
      ) : (
        <Table caption="Data exports">
          <THead>
            <tr>
              <TH>Requested</TH>
              <TH>Status</TH>
              <TH>Size</TH>
              <TH>Available until</TH>
              <TH>
                <span className="sr-only">Download</span>
              </TH>
            </tr>
          </THead>
          <TBody>
            {exports.map((item) => (
              <TR key={item.id}>
                <TD className="whitespace-nowrap">{formatDateTime(item.createdAt, timeZone)}</TD>
                <TD>
                  <span className="flex flex-wrap items-center gap-2">
                    <Badge tone={STATUS[item.status].tone}>{STATUS[item.status].label}</Badge>
                    {item.status === 'running' ? (
                      <span className="text-xs text-slate-600 tabular-nums">{item.progress}%</span>
                    ) : null}
                  </span>
                  {item.error ? <p className="mt-1 text-xs text-red-700">{item.error}</p> : null}
                </TD>
                <TD className="tabular-nums">
                  {item.sizeBytes !== null ? formatBytes(item.sizeBytes) : '—'}
                </TD>
                <TD className="whitespace-nowrap">
                  {item.status === 'complete' ? formatDateTime(item.expiresAt, timeZone) : '—'}
                </TD>
                <TD>
                  {item.status === 'complete' ? (
                    <a
                      href={`/api/exports/${item.id}/download`}
                      className="font-medium text-brand-700 underline hover:text-brand-800"
                      download
                    >
                      Download
                    </a>
                  ) : null}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
