import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { PageHeader } from '@/components/ui/page-header';
import { CursorPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { NoAccess } from '@/components/tenant/no-access';
import { PrescriptionPatientFilter } from '@/components/tenant/prescriptions/patient-filter';
import { PrescriptionTable } from '@/components/tenant/prescriptions/prescription-table';
import { listHref } from '@/components/tenant/search-form';
import { listInventory } from '@/server/tenant/inventory/list-inventory';
import { getPatient } from '@/server/tenant/patients/get-patient';
import { requirePageSession, userCan, withPageDb } from '@/server/tenant/pages/page-context';
import { getPageTimezone, param, type SearchParams } from '@/server/tenant/pages/page-data';
import { listPrescriptions } from '@/server/tenant/prescriptions/list-prescriptions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Prescriptions' };

const FILTERS = [
  { value: 'ACTIVE', label: 'To dispense' },
  { value: 'COMPLETED', label: 'Completed' },
  { value: 'CANCELLED', label: 'Cancelled' },
  { value: 'ALL', label: 'All' },
] as const;
type Filter = (typeof FILTERS)[number]['value'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What an empty list says when it is one patient's. */
function emptyTitleFor(patientName: string, status: Filter): string {
  if (status === 'ACTIVE') return `Nothing waiting to be dispensed for ${patientName}`;
  if (status === 'ALL') return `${patientName} has no prescriptions`;
  return `${patientName} has no ${status === 'COMPLETED' ? 'completed' : 'cancelled'} prescriptions`;
}

export default async function PrescriptionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { user } = await requirePageSession('/prescriptions');
  if (!userCan(user, 'prescriptions:read')) return <NoAccess what="prescriptions" />;
  const params = await searchParams;
  const status = FILTERS.find((f) => f.value === param(params, 'status'))?.value ?? 'ACTIVE';
  const cursor = param(params, 'cursor');
  const rawPatientId = param(params, 'patientId');
  const timeZone = await getPageTimezone();

  const { list, units, patient } = await withPageDb(async (db) => {
    // Another practice's patient, or a mangled id, answers 404: the link is reported and the filter dropped.
    const patient =
      rawPatientId && UUID.test(rawPatientId)
        ? await getPatient(db, { user, id: rawPatientId }).catch(() => null)
        : null;
    const query = { status: status === 'ALL' ? undefined : status, patientId: patient?.id, limit: 50 };
    const list = await listPrescriptions(db, { user, query: { ...query, cursor } }).catch(() =>
      listPrescriptions(db, { user, query }),
    );
    const stock = await listInventory(db, { user, query: { limit: 200 } });
    return { list, units: Object.fromEntries(stock.data.map((i) => [i.id, i.unit])), patient };
  });
  // The filters every link on this page keeps (the default status stays out of the URL).
  const filters = { status: status === 'ACTIVE' ? undefined : status, patientId: patient?.id };

  return (
    <>
      <PageHeader
        title="Prescriptions"
        description="Prescribe from a patient's record; dispense here or there. Dispensing takes the stock in the same step."
      />
      {rawPatientId && !patient ? (
        <Alert tone="warning" className="mb-4">
          The patient in this link was not found, so prescriptions of every patient are shown.
        </Alert>
      ) : null}
      <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <nav aria-label="Prescription status" className="flex flex-wrap gap-2">
          {FILTERS.map((f) => (
            <Link
              key={f.value}
              href={listHref('/prescriptions', {
                ...filters,
                status: f.value === 'ACTIVE' ? undefined : f.value,
              })}
              aria-current={f.value === status ? 'page' : undefined}
              className={cn(
                'rounded-full px-3 py-1 text-sm font-medium ring-1 ring-inset',
                f.value === status
                  ? 'bg-brand-600 text-white ring-brand-600'
                  : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50',
              )}
            >
              {f.label}
            </Link>
          ))}
        </nav>
        <PrescriptionPatientFilter
          // Remounted when the filter changes, so the picker starts from the patient the list shows.
          key={patient?.id ?? 'all'}
          patient={
            patient
              ? {
                  id: patient.id,
                  name: patient.name,
                  species: patient.species,
                  client: { id: patient.client.id, name: patient.client.name },
                }
              : null
          }
          status={filters.status}
        />
      </div>
      <Card>
        {list.data.length === 0 ? (
          patient ? (
            <EmptyState
              title={emptyTitleFor(patient.name, status)}
              description="Prescriptions are written from a patient's medical record."
              action={
                <ButtonLink href={`/patients/${patient.id}`} size="sm">
                  Open {patient.name}&rsquo;s page
                </ButtonLink>
              }
            />
          ) : (
            <EmptyState
              title={status === 'ACTIVE' ? 'Nothing waiting to be dispensed' : 'No prescriptions here'}
              description="Prescriptions are written from a patient's medical record."
            />
          )
        ) : (
          <PrescriptionTable
            prescriptions={list.data}
            timeZone={timeZone}
            canDispense={userCan(user, 'prescriptions:dispense')}
            canCancel={userCan(user, 'prescriptions:write')}
            units={units}
          />
        )}
        <CursorPagination
          firstHref={listHref('/prescriptions', filters)}
          nextHref={
            list.nextCursor ? listHref('/prescriptions', { ...filters, cursor: list.nextCursor }) : null
          }
          isFirstPage={!cursor}
        />
      </Card>
    </>
  );
}
