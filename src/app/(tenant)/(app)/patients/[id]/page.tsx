import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { isUuid } from '@/lib/identifiers';
import { Alert } from '@/components/ui/alert';
import { StatusBadge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, CardHeader, CardBody, DescriptionList } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import { formatAge, formatWeight } from '@/components/tenant/format';
import { NewRecordButton } from '@/components/tenant/patients/new-record-button';
import { PatientFormDialog } from '@/components/tenant/patients/patient-form-dialog';
import { PatientTimeline } from '@/components/tenant/patients/patient-timeline';
import { RecordWeightDialog } from '@/components/tenant/patients/record-weight-dialog';
import { UploadFileDialog } from '@/components/tenant/patients/upload-file-dialog';
import { WeightChart } from '@/components/tenant/patients/weight-chart';
import { PrescribeDialog } from '@/components/tenant/prescriptions/prescribe-dialog';
import { PrescriptionTable } from '@/components/tenant/prescriptions/prescription-table';
import { listHref } from '@/components/tenant/search-form';
import { requirePageSession, userCan } from '@/server/tenant/pages/page-context';
import { getPracticeTimezone, param, type SearchParams } from '@/server/tenant/pages/page-data';
import { formatDateTime, formatPlainDate } from '@/lib/format/dates';
import { humanize } from '@/lib/format/humanize';
import { loadPatientPage } from '@/server/tenant/pages/patients-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Patient' };

export default async function PatientPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const { user } = await requirePageSession(`/patients/${id}`);
  if (!isUuid(id)) notFound();
  const cursor = param(await searchParams, 'cursor');
  const canPrescribe = userCan(user, 'prescriptions:write');

  const data = await loadPatientPage(user, id, cursor);
  const { patient } = data;
  // The patient's own practice's clock: a vet working at two practices sees each animal's history in its zone.
  const timeZone = await getPracticeTimezone(patient.practiceId);
  const age = formatAge(patient.dateOfBirth);
  const records = data.timeline.data
    .filter((e) => e.kind === 'medical_record')
    .map((e) => ({
      id: e.id,
      label: `${formatDateTime(e.at, timeZone)} · ${e.kind === 'medical_record' ? (e.details.author?.name ?? '') : ''}`,
    }));

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Patients', href: '/patients' }, { label: patient.name }]}
        title={
          <span className="inline-flex items-center gap-3">
            {patient.name} <StatusBadge status={patient.status} />
          </span>
        }
        description={
          <>
            {[
              patient.species,
              patient.breed,
              humanize(patient.sex) + (patient.neutered ? ' (neutered)' : ''),
              age,
            ]
              .filter(Boolean)
              .join(' · ')}{' '}
            · Owner{' '}
            <Link
              href={`/clients/${patient.client.id}`}
              className="font-medium text-brand-700 hover:underline"
            >
              {patient.client.name}
            </Link>
          </>
        }
        actions={
          <>
            {patient.status === 'ACTIVE' && userCan(user, 'appointments:write') ? (
              <ButtonLink
                href={listHref('/appointments', { patientId: patient.id, practiceId: patient.practiceId })}
                variant="secondary"
              >
                Book appointment
              </ButtonLink>
            ) : null}
            {userCan(user, 'patients:write') ? (
              <PatientFormDialog
                clientId={patient.clientId}
                patient={patient}
                triggerLabel="Edit"
                triggerVariant="secondary"
              />
            ) : null}
            {userCan(user, 'records:write') && patient.status === 'ACTIVE' ? (
              <NewRecordButton patientId={patient.id} />
            ) : null}
          </>
        }
      />
      {patient.alerts ? (
        <Alert tone="danger" title="Alert" className="mb-4">
          {patient.alerts}
        </Alert>
      ) : null}
      {patient.allergies ? (
        <Alert tone="warning" title="Allergies" className="mb-4">
          {patient.allergies}
        </Alert>
      ) : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <div className="space-y-6 xl:col-span-2">
          <Card>
            <CardHeader
              title="History"
              description="Visits, records, prescriptions, weights and files, newest first."
              actions={
                userCan(user, 'files:write') ? (
                  <UploadFileDialog patientId={patient.id} records={records} maxBytes={data.maxUploadBytes} />
                ) : null
              }
            />
            <CardBody>
              {data.timeline.data.length === 0 ? (
                <EmptyState
                  title="Nothing yet"
                  description="Book an appointment to start this patient's history."
                />
              ) : (
                <PatientTimeline
                  entries={data.timeline.data}
                  timeZone={timeZone}
                  canOpenRecords={userCan(user, 'records:read')}
                />
              )}
              {data.timeline.nextCursor || cursor ? (
                <div className="mt-4 flex gap-2">
                  {cursor ? (
                    <ButtonLink href={`/patients/${patient.id}`} size="sm">
                      Newest
                    </ButtonLink>
                  ) : null}
                  {data.timeline.nextCursor ? (
                    <ButtonLink
                      href={listHref(`/patients/${patient.id}`, { cursor: data.timeline.nextCursor })}
                      size="sm"
                    >
                      Older events →
                    </ButtonLink>
                  ) : null}
                </div>
              ) : null}
            </CardBody>
          </Card>
          {data.prescriptions ? (
            <Card>
              <CardHeader
                title="Prescriptions"
                actions={
                  <>
                    {data.prescriptions.length > 0 ? (
                      // This card shows the latest few; the list page has them all, filterable by status.
                      <ButtonLink
                        href={listHref('/prescriptions', { patientId: patient.id, status: 'ALL' })}
                        variant="ghost"
                      >
                        All prescriptions
                      </ButtonLink>
                    ) : null}
                    {canPrescribe && patient.status === 'ACTIVE' ? (
                      <PrescribeDialog patient={patient} drugs={data.drugs} />
                    ) : null}
                  </>
                }
              />
              {data.prescriptions.length === 0 ? (
                <EmptyState title="No prescriptions" />
              ) : (
                <PrescriptionTable
                  prescriptions={data.prescriptions}
                  timeZone={timeZone}
                  showPatient={false}
                  canDispense={userCan(user, 'prescriptions:dispense')}
                  canCancel={canPrescribe}
                  units={Object.fromEntries(data.drugs.map((d) => [d.id, d.unit]))}
                />
              )}
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          <Card>
            <CardHeader title="Details" />
            <CardBody>
              <DescriptionList
                className="sm:grid-cols-1"
                items={[
                  { term: 'Date of birth', value: formatPlainDate(patient.dateOfBirth) },
                  { term: 'Colour', value: patient.colour ?? '—' },
                  {
                    term: 'Microchip',
                    value: patient.microchip ? <span className="font-mono">{patient.microchip}</span> : '—',
                  },
                  {
                    term: 'Latest weight',
                    value: patient.latestWeight ? formatWeight(patient.latestWeight.weightKg) : '—',
                  },
                  {
                    term: 'Owner contact',
                    value: [patient.client.phone, patient.client.email].filter(Boolean).join(' · ') || '—',
                  },
                ]}
              />
            </CardBody>
          </Card>
          <Card>
            <CardHeader
              title="Weight"
              actions={userCan(user, 'patients:write') ? <RecordWeightDialog patientId={patient.id} /> : null}
            />
            <WeightChart weights={data.weights} timeZone={timeZone} />
          </Card>
        </div>
      </div>
    </>
  );
}
