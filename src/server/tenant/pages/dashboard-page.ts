import 'server-only';
import { addDays, fromZoned } from '@/lib/time/zoned-time';
import { listAppointments } from '@/server/tenant/appointments/list-appointments';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { listLowStock } from '@/server/tenant/inventory/list-low-stock';
import { listPrescriptions } from '@/server/tenant/prescriptions/list-prescriptions';
import { userCan, withPageDb } from './page-context';
import { listRecentPatients } from './recent-patients';

/** The dashboard's day on the clinic's clock: its appointments, low stock, recent patients and what to dispense. */
export async function loadDashboardPage(user: TenantSessionUser, today: string, timeZone: string) {
  const canSeeRx = userCan(user, 'prescriptions:read');
  return withPageDb(async (db) => {
    const [appointments, lowStock, recent, toDispense] = await Promise.all([
      listAppointments(db, {
        user,
        query: {
          from: new Date(fromZoned(today, 0, timeZone)),
          to: new Date(fromZoned(addDays(today, 1), 0, timeZone)),
          limit: 100,
        },
      }),
      listLowStock(db, { user, query: { limit: 8 } }),
      listRecentPatients(db, { user }),
      // The same definition as the Prescriptions page's "To dispense" tab: every ACTIVE prescription, refills
      // included (a partly dispensed refill still has something to hand over).
      canSeeRx
        ? listPrescriptions(db, { user, query: { status: 'ACTIVE', limit: 100 } })
        : Promise.resolve(null),
    ]);
    return {
      appointments: appointments.data,
      lowStock: lowStock.data,
      recent,
      toDispense: toDispense ? `${toDispense.data.length}${toDispense.nextCursor ? '+' : ''}` : null,
    };
  });
}
