import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CursorPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { ButtonLink } from '@/components/ui/button';
import { formatAge } from '@/components/tenant/format';
import { listHref, SearchForm } from '@/components/tenant/search-form';
import { requirePageSession, userCan } from '@/server/tenant/pages/page-context';
import type { SearchParams } from '@/server/tenant/pages/page-data';
import { loadPatientsPage } from '@/server/tenant/pages/patients-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Patients' };

export default async function PatientsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { user } = await requirePageSession('/patients');
  const { query, data, nextCursor } = await loadPatientsPage(user, await searchParams);
  const filters = { q: query.q, species: query.species, status: query.status };

  return (
    <>
      <PageHeader
        title="Patients"
        description="Search by name or microchip. New patients are registered from their owner's page."
        actions={
          userCan(user, 'clients:write') ? <ButtonLink href="/clients">Register via client</ButtonLink> : null
        }
      />
      <Card>
        <div className="border-b border-slate-200 px-4 py-3">
          <SearchForm
            maxLength={200}
            action="/patients"
            q={query.q}
            placeholder="Name or microchip"
            label="Search patients"
            hidden={{ species: query.species, status: query.status }}
          />
        </div>
        {data.length === 0 ? (
          <EmptyState
            title={query.q ? `No patient matches “${query.q}”` : 'No patients yet'}
            description="Register a client first, then add their animals."
          />
        ) : (
          <Table caption="Patients">
            <THead>
              <TR>
                <TH>Name</TH>
                <TH>Species</TH>
                <TH>Age</TH>
                <TH>Owner</TH>
                <TH>Microchip</TH>
                <TH>Status</TH>
              </TR>
            </THead>
            <TBody>
              {data.map((p) => (
                <TR key={p.id}>
                  <TD>
                    <Link href={`/patients/${p.id}`} className="font-medium text-brand-700 hover:underline">
                      {p.name}
                    </Link>
                    {p.alerts ? <span className="ml-2 text-xs font-medium text-red-700">⚠ alert</span> : null}
                  </TD>
                  <TD>
                    {p.species}
                    {p.breed ? <span className="text-slate-500"> · {p.breed}</span> : null}
                  </TD>
                  <TD>{formatAge(p.dateOfBirth) ?? '—'}</TD>
                  <TD>
                    <Link href={`/clients/${p.client.id}`} className="hover:underline">
                      {p.client.name}
                    </Link>
                  </TD>
                  <TD className="font-mono text-xs">{p.microchip ?? '—'}</TD>
                  <TD>
                    <StatusBadge status={p.status} />
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        <CursorPagination
          firstHref={listHref('/patients', filters)}
          nextHref={nextCursor ? listHref('/patients', { ...filters, cursor: nextCursor }) : null}
          isFirstPage={!query.cursor}
        />
      </Card>
    </>
  );
}
