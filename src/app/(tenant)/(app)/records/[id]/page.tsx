import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isUuid } from '@/lib/identifiers';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import { PrescribeDialog } from '@/components/tenant/prescriptions/prescribe-dialog';
import { PrescriptionTable } from '@/components/tenant/prescriptions/prescription-table';
import { AmendForm } from '@/components/tenant/records/amend-form';
import { AmendmentList } from '@/components/tenant/records/amendment-list';
import { RecordContentView } from '@/components/tenant/records/record-content-view';
import { RecordEditor } from '@/components/tenant/records/record-editor';
import { RecordHistory } from '@/components/tenant/records/record-history';
import { requirePagePermission, requirePageSession, userCan } from '@/server/tenant/pages/page-context';
import { getPracticeTimezone } from '@/server/tenant/pages/page-data';
import { formatDateTime } from '@/lib/format/dates';
import { loadRecordPage } from '@/server/tenant/pages/record-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Medical record' };

export default async function RecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user } = await requirePageSession(`/records/${id}`);
  if (!isUuid(id)) notFound();
  requirePagePermission(user, 'records:read');
  const canPrescribe = userCan(user, 'prescriptions:write');

  const data = await loadRecordPage(user, id);
  const { record } = data;
  const timeZone = await getPracticeTimezone(record.practiceId);
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
