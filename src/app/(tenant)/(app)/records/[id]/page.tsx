import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import { formatDateTime } from '@/components/tenant/format';
import { NoAccess } from '@/components/tenant/no-access';
import { PrescribeDialog } from '@/components/tenant/prescriptions/prescribe-dialog';
import { PrescriptionTable } from '@/components/tenant/prescriptions/prescription-table';
import { AmendForm } from '@/components/tenant/records/amend-form';
import { AmendmentList } from '@/components/tenant/records/amendment-list';
import { RecordContentView } from '@/components/tenant/records/record-content-view';
import { RecordEditor } from '@/components/tenant/records/record-editor';
import { RecordHistory } from '@/components/tenant/records/record-history';
import { requirePageSession, userCan, withPageDb } from '@/server/tenant/pages/page-context';
import { drugOptions, getPageTimezone, orNotFound } from '@/server/tenant/pages/page-data';
import { listPrescriptions } from '@/server/tenant/prescriptions/list-prescriptions';
import { getMedicalRecord } from '@/server/tenant/records/get-medical-record';
import { listMedicalRecordHistory } from '@/server/tenant/records/list-medical-record-history';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Medical record' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function RecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user } = await requirePageSession(`/records/${id}`);
  if (!UUID.test(id)) notFound();
  if (!userCan(user, 'records:read')) return <NoAccess what="clinical notes" />;
  const timeZone = await getPageTimezone();
  const canPrescribe = userCan(user, 'prescriptions:write');

  const data = await withPageDb(async (db) => {
    const record = await orNotFound(getMedicalRecord(db, { id, user }));
    if (!('subjective' in record)) notFound();
    const [history, prescriptions, drugs] = await Promise.all([
      listMedicalRecordHistory(db, { id, user, query: { limit: 100 } }),
      listPrescriptions(db, { user, query: { patientId: record.patient.id, limit: 100 } }),
      canPrescribe ? drugOptions(db, user, record.practiceId) : Promise.resolve([]),
    ]);
    return {
      record,
      history: history.data,
      prescriptions: prescriptions.data.filter((rx) => rx.medicalRecordId === id),
      drugs,
    };
  });
  const { record } = data;
  const signed = record.status === 'SIGNED';
  const changed = [...new Set(record.amendments.flatMap((a) => Object.keys(a.changes)))];

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: 'Patients', href: '/patients' },
          { label: record.patient.name, href: `/patients/${record.patient.id}` },
          { label: 'Medical record' },
        ]}
        title={`${record.patient.name} · ${formatDateTime(record.visitAt, timeZone)}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge tone={signed ? 'success' : 'warning'} dot>
              {signed ? 'Signed' : 'Draft'}
            </Badge>
            <span>
              {[
                `Written by ${record.author.name}`,
                record.signedBy && record.signedAt
                  ? `signed by ${record.signedBy.name} on ${formatDateTime(record.signedAt, timeZone)}`
                  : null,
                record.amendments.length > 0
                  ? `${record.amendments.length} amendment${record.amendments.length === 1 ? '' : 's'}`
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </span>
        }
      />
      <div className="space-y-6">
        {!signed && userCan(user, 'records:write') ? (
          <RecordEditor record={record} canSign={userCan(user, 'records:sign')} />
        ) : (
          <Card>
            <CardHeader
              title={signed ? 'Clinical notes (signed)' : 'Clinical notes (draft)'}
              description={
                signed
                  ? 'Locked. Corrections are recorded as amendments; the signed original stays readable below.'
                  : undefined
              }
            />
            <CardBody>
              <RecordContentView content={record.effective} changed={changed} />
            </CardBody>
          </Card>
        )}
        {signed && userCan(user, 'records:amend') ? (
          <AmendForm recordId={record.id} version={record.version} current={record.effective} />
        ) : null}
        {record.amendments.length > 0 ? <AmendmentList record={record} timeZone={timeZone} /> : null}

        <Card>
          <CardHeader
            title="Prescriptions from this visit"
            actions={
              canPrescribe ? (
                <PrescribeDialog patient={record.patient} medicalRecordId={record.id} drugs={data.drugs} />
              ) : null
            }
          />
          {data.prescriptions.length === 0 ? (
            <EmptyState
              title="Nothing prescribed"
              description={canPrescribe ? 'Use Prescribe to add a medication from stock.' : undefined}
            />
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
        <RecordHistory entries={data.history} timeZone={timeZone} />
      </div>
    </>
  );
}
