import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { CalendarBoard } from '@/components/tenant/calendar/calendar-board';
import { CalendarToolbar } from '@/components/tenant/calendar/calendar-toolbar';
import { zonedToday } from '@/lib/time/zoned-time';
import { loadAppointmentsPage } from '@/server/tenant/pages/appointments-page';
import { requirePageSession, userCan } from '@/server/tenant/pages/page-context';
import { getPagePractices, param, type SearchParams } from '@/server/tenant/pages/page-data';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Appointments' };

export default async function AppointmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { user } = await requirePageSession('/appointments');
  const params = await searchParams;
  const practices = await getPagePractices();
  if (practices.length === 0) {
    return (
      <>
        <PageHeader title="Appointments" />
        <Alert tone="info">
          You are not a member of any practice yet. Ask your clinic administrator to add you to one.
        </Alert>
      </>
    );
  }
  const practice = practices.find((p) => p.id === param(params, 'practiceId')) ?? practices[0]!;
  const view = param(params, 'view') === 'week' ? 'week' : 'day';
  const rawDate = param(params, 'date');
  const date =
    rawDate && /^\d{4}-\d{2}-\d{2}$/.test(rawDate) && !Number.isNaN(Date.parse(rawDate))
      ? rawDate
      : undefined;
  const rawVet = param(params, 'veterinarianId');
  const rawPatient = param(params, 'patientId');

  const { calendar, patient } = await loadAppointmentsPage(user, {
    practiceId: practice.id,
    view,
    date,
    patientId: rawPatient,
  });
  const veterinarianId = calendar.veterinarians.some((v) => v.id === rawVet) ? rawVet! : null;

  return (
    <>
      <PageHeader title="Appointments" description={calendar.practice.name} />
      <CalendarToolbar
        state={{
          practiceId: practice.id,
          view,
          date: calendar.days[0]!,
          veterinarianId,
          patientId: patient?.id ?? null,
        }}
        days={calendar.days}
        today={zonedToday(calendar.practice.timezone)}
        practices={practices}
        veterinarians={calendar.veterinarians}
      />
      <CalendarBoard
        // Remount when the view changes, so dialogs and drag state never carry over to another day.
        key={`${practice.id}:${view}:${calendar.days[0]}:${veterinarianId ?? ''}`}
        calendar={calendar}
        focusVeterinarianId={veterinarianId}
        canBook={userCan(user, 'appointments:write')}
        permissions={{
          canStartRecord: userCan(user, 'records:write'),
          canReadRecords: userCan(user, 'records:read'),
        }}
        initialPatient={
          patient && patient.practiceId === practice.id
            ? {
                id: patient.id,
                name: patient.name,
                species: patient.species,
                client: { id: patient.client.id, name: patient.client.name },
              }
            : null
        }
      />
    </>
  );
}
