import type { Metadata } from 'next';
import { formatBytes, formatNumber } from '@/components/owner/format';
import { AddServerDialog, EditServerDialog } from '@/components/owner/server-dialogs';
import { StatusBadge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { loadServersPage } from '@/server/owner/pages/catalogue-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Servers' };

export default async function ServersPage() {
  const { servers, editable } = await loadServersPage();
  return (
    <>
      <PageHeader
        title="Database servers"
        description="Where clinic databases live. New clinics go to the ACTIVE server with the most free capacity; a DRAINING server keeps its clinics until they are moved (npm run tenants:move -- --from <server> --to <server> --all)."
        actions={editable ? <AddServerDialog /> : null}
      />
      <Card>
        {servers.length === 0 ? (
          <EmptyState title="No servers" description="Run npm run setup to register the primary server." />
        ) : (
          <Table caption="Database servers">
            <THead>
              <tr>
                <TH>Server</TH>
                <TH>Status</TH>
                <TH className="text-right">Clinics</TH>
                <TH className="text-right">Databases</TH>
                <TH className="text-right">Connections</TH>
                {editable ? (
                  <TH>
                    <span className="sr-only">Actions</span>
                  </TH>
                ) : null}
              </tr>
            </THead>
            <TBody>
              {servers.map((s) => (
                <TR key={s.id}>
                  <TD>
                    <p className="font-medium text-slate-900">{s.name}</p>
                    <p className="font-mono text-xs break-all text-slate-500">
                      {s.host}:{s.port}
                      {s.poolerHost ? ` · pooler ${s.poolerHost}:${s.poolerPort}` : ''}
                    </p>
                    {!s.reachable && s.status !== 'OFFLINE' ? (
                      <p className="text-xs text-red-700">Unreachable right now</p>
                    ) : null}
                  </TD>
                  <TD>
                    <StatusBadge status={s.status} />
                  </TD>
                  <TD className="text-right tabular-nums">
                    {formatNumber(s.clinics)} / {formatNumber(s.capacity)}
                  </TD>
                  <TD className="text-right tabular-nums">
                    {s.databaseBytes === null ? '—' : formatBytes(s.databaseBytes)}
                  </TD>
                  <TD className="text-right tabular-nums">
                    {s.connections === null ? '—' : formatNumber(s.connections)}
                  </TD>
                  {editable ? (
                    <TD className="text-right">
                      <EditServerDialog server={s} />
                    </TD>
                  ) : null}
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </>
  );
}
