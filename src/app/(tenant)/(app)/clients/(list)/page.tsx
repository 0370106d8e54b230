import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CursorPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { ClientFormDialog } from '@/components/tenant/clients/client-form-dialog';
import { listHref, SearchForm } from '@/components/tenant/search-form';
import { loadClientsPage } from '@/server/tenant/pages/clients-pages';
import { requirePageSession, userCan } from '@/server/tenant/pages/page-context';
import { getPagePractices, type SearchParams } from '@/server/tenant/pages/page-data';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Clients' };

export default async function ClientsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { user } = await requirePageSession('/clients');
  const { query, data, nextCursor } = await loadClientsPage(user, await searchParams);
  const practices = await getPagePractices();
  const practiceNames = Object.fromEntries(practices.map((p) => [p.id, p.name]));

  return (
    <>
      <PageHeader
        title="Clients"
        description="Pet owners. Search by name, email or phone."
        actions={
          userCan(user, 'clients:write') && practices.length > 0 ? (
            <ClientFormDialog practices={practices} triggerLabel="New client" />
          ) : null
        }
      />
      <Card>
        <div className="border-b border-slate-200 px-4 py-3">
          <SearchForm
            maxLength={200}
            action="/clients"
            q={query.q}
            placeholder="Name, email or phone"
            label="Search clients"
          />
        </div>
        {data.length === 0 ? (
          <EmptyState
            title={query.q ? `No client matches “${query.q}”` : 'No clients yet'}
            description="Register the first owner with New client."
          />
        ) : (
          <Table caption="Clients">
            <THead>
              <TR>
                <TH>Name</TH>
                <TH>Contact</TH>
                <TH className="text-right">Animals</TH>
                {practices.length > 1 ? <TH>Practice</TH> : null}
                <TH>Reminders</TH>
              </TR>
            </THead>
            <TBody>
              {data.map((c) => (
                <TR key={c.id}>
                  <TD>
                    <Link href={`/clients/${c.id}`} className="font-medium text-brand-700 hover:underline">
                      {c.name}
                    </Link>
                  </TD>
                  <TD>
                    <p>{c.phone ?? '—'}</p>
                    <p className="text-xs text-slate-500">{c.email ?? ''}</p>
                  </TD>
                  <TD className="text-right">{c.patientCount}</TD>
                  {practices.length > 1 ? <TD>{practiceNames[c.practiceId] ?? ''}</TD> : null}
                  <TD>
                    {c.communicationConsent ? 'Agreed' : <span className="text-slate-500">No consent</span>}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        <CursorPagination
          firstHref={listHref('/clients', { q: query.q })}
          nextHref={nextCursor ? listHref('/clients', { q: query.q, cursor: nextCursor }) : null}
          isFirstPage={!query.cursor}
        />
      </Card>
    </>
  );
}
