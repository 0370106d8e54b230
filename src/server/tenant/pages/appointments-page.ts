import 'server-only';
import { isUuid } from '@/lib/identifiers';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { getAppointmentCalendar } from '@/server/tenant/appointments/get-appointment-calendar';
import { getPatient } from '@/server/tenant/patients/get-patient';
import { withPageDb } from './page-context';

/** The calendar of one practice, and the patient a "book for this patient" link names (null if not visible). */
export async function loadAppointmentsPage(
  user: TenantSessionUser,
  options: {
    practiceId: string;
    view: 'day' | 'week';
    date: string | undefined;
    patientId: string | undefined;
  },
) {
  return withPageDb(async (db) => {
    const calendar = await getAppointmentCalendar(db, {
      user,
      query: {
        practiceId: options.practiceId,
        view: options.view,
        date: options.date,
        includeCancelled: true,
      },
    });
    const patient =
      options.patientId && isUuid(options.patientId)
        ? await getPatient(db, { user, id: options.patientId }).catch(() => null)
        : null;
    return { calendar, patient };
  });
}
