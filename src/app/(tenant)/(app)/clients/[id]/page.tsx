import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { isUuid } from '@/lib/identifiers';
import { StatusBadge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, DescriptionList } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { ClientFormDialog } from '@/components/tenant/clients/client-form-dialog';
import { formatAge } from '@/components/tenant/format';
import { PatientFormDialog } from '@/components/tenant/patients/patient-form-dialog';
import { requirePageSession, userCan } from '@/server/tenant/pages/page-context';
import { getPagePractices, getPracticeTimezone } from '@/server/tenant/pages/page-data';
import { formatDate } from '@/lib/format/dates';
import { loadClientPage } from '@/server/tenant/pages/clients-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Client' };

export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user } = await requirePageSession(`/clients/${id}`);
  if (!isUuid(id)) notFound();
  const practices = await getPagePractices();
  const { client, patients } = await loadClientPage(user, id);
  const practice = practices.find((p) => p.id === client.practiceId);
  // The client's own practice's clock, as on the patient page.
  const timeZone = await getPracticeTimezone(client.practiceId);

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Clients', href: '/clients' }, { label: client.name }]}
        title={client.name}
        description={practice ? `Home practice: ${practice.name}` : undefined}
        actions={
          userCan(user, 'clients:write') ? (
            <>
              <ClientFormDialog
                client={client}
                practices={practices}
                triggerLabel="Edit"
                triggerVariant="secondary"
              />
              {userCan(user, 'patients:write') ? (
                <PatientFormDialog clientId={client.id} triggerLabel="Add patient" />
              ) : null}
            </>
          ) : null
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title="Animals" />
          {patients.length === 0 ? (
            <EmptyState
              title="No animals registered"
              description="Use Add patient to register this client's first animal."
            />
          ) : (
            <Table caption="Animals of this client">
              <THead>
                <TR>
                  <TH>Name</TH>
                  <TH>Species</TH>
                  <TH>Age</TH>
                  <TH>Status</TH>
                </TR>
              </THead>
              <TBody>
                {patients.map((p) => (
                  <TR key={p.id}>
                    <TD>
                      <Link href={`/patients/${p.id}`} className="font-medium text-brand-700 hover:underline">
                        {p.name}
                      </Link>
                    </TD>
                    <TD>
                      {p.species}
                      {p.breed ? <span className="text-slate-500"> · {p.breed}</span> : null}
                    </TD>
                    <TD>{formatAge(p.dateOfBirth) ?? '—'}</TD>
                    <TD>
                      <StatusBadge status={p.status} />
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Card>
        <Card>
          <CardHeader title="Contact" />
          <CardBody>
            <DescriptionList
              className="sm:grid-cols-1"
              items={[
                { term: 'Phone', value: client.phone ?? '—' },
                {
                  term: 'Email',
                  value: client.email ? (
                    <a href={`mailto:${client.email}`} className="text-brand-700 hover:underline">
                      {client.email}
                    </a>
                  ) : (
                    '—'
                  ),
                },
                { term: 'Address', value: client.address ?? '—' },
                {
                  term: 'Reminders and messages',
                  value: client.communicationConsent
                    ? `Agreed${client.consentUpdatedAt ? ` on ${formatDate(client.consentUpdatedAt, timeZone)}` : ''}`
                    : 'No consent',
                },
                ...(client.notes
                  ? [{ term: 'Notes', value: <span className="whitespace-pre-wrap">{client.notes}</span> }]
                  : []),
              ]}
            />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
