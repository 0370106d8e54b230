import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { PracticeFormDialog } from '@/components/tenant/settings/practice-form-dialog';
import { requirePagePermission, requirePageSession } from '@/server/tenant/pages/page-context';
import { getPagePractices } from '@/server/tenant/pages/page-data';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Practices' };

export default async function PracticesPage() {
  const { user } = await requirePageSession('/settings/practices');
  requirePagePermission(user, 'practices:manage');
  const practices = await getPagePractices();

  return (
    <>
      <PageHeader
        title="Practices"
        description="The clinic's sites. Staff, clients, animals, appointments and stock each belong to one practice."
        actions={<PracticeFormDialog defaultTimezone={practices[0]?.timezone} triggerLabel="Add practice" />}
      />
      <Card>
        {practices.length === 0 ? (
          <EmptyState title="No practice yet" />
        ) : (
          <Table caption="Practices">
            <THead>
              <TR>
                <TH>Name</TH>
                <TH>Contact</TH>
                <TH>Time zone</TH>
                <TH className="text-right">Actions</TH>
              </TR>
            </THead>
            <TBody>
              {practices.map((p) => (
                <TR key={p.id}>
                  <TD>
                    <p className="font-medium text-slate-900">{p.name}</p>
                    <p className="text-xs text-slate-500">{p.address ?? ''}</p>
                  </TD>
                  <TD>
                    <p>{p.phone ?? '—'}</p>
                    <p className="text-xs text-slate-500">{p.email ?? ''}</p>
                  </TD>
                  <TD>{p.timezone}</TD>
                  <TD className="text-right">
                    <PracticeFormDialog practice={p} triggerLabel="Edit" triggerVariant="ghost" />
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </>
  );
}
