import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { TabNav } from '@/components/ui/tabs';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CursorPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { PrescriptionPatientFilter } from '@/components/tenant/prescriptions/patient-filter';
import { PrescriptionTable } from '@/components/tenant/prescriptions/prescription-table';
import { listHref } from '@/components/tenant/search-form';
import { requirePagePermission, requirePageSession, userCan } from '@/server/tenant/pages/page-context';
import { getPageTimezone, param, type SearchParams } from '@/server/tenant/pages/page-data';
import { loadPrescriptionsPage } from '@/server/tenant/pages/prescriptions-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Prescriptions' };

const FILTERS = [
  { value: 'ACTIVE', label: 'To dispense' },
  { value: 'COMPLETED', label: 'Completed' },
  { value: 'CANCELLED', label: 'Cancelled' },
  { value: 'ALL', label: 'All' },
] as const;
type Filter = (typeof FILTERS)[number]['value'];

/** What an empty list says when it is one patient's. */
function emptyTitleFor(patientName: string, status: Filter): string {
  if (status === 'ACTIVE') return `Nothing waiting to be dispensed for ${patientName}`;
  if (status === 'ALL') return `${patientName} has no prescriptions`;
  return `${patientName} has no ${status === 'COMPLETED' ? 'completed' : 'cancelled'} prescriptions`;
}

export default async function PrescriptionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { user } = await requirePageSession('/prescriptions');
  requirePagePermission(user, 'prescriptions:read');
  const params = await searchParams;
  const status = FILTERS.find((f) => f.value === param(params, 'status'))?.value ?? 'ACTIVE';
  const cursor = param(params, 'cursor');
  const rawPatientId = param(params, 'patientId');
  const timeZone = await getPageTimezone();

  const { list, units, patient } = await loadPrescriptionsPage(user, {
    status: status === 'ALL' ? undefined : status,
    patientId: rawPatientId,
    cursor,
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
        <TabNav
          label="Prescription status"
          variant="pills"
          items={FILTERS.map((f) => ({
            href: listHref('/prescriptions', {
              ...filters,
              status: f.value === 'ACTIVE' ? undefined : f.value,
            }),
            label: f.label,
            current: f.value === status,
          }))}
        />
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
