import 'server-only';
import { isUuid } from '@/lib/identifiers';
import type { PrescriptionStatus } from '@/lib/domain/tenant/prescriptions';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { listInventory } from '@/server/tenant/inventory/list-inventory';
import { getPatient } from '@/server/tenant/patients/get-patient';
import { listPrescriptions } from '@/server/tenant/prescriptions/list-prescriptions';
import { withPageDb } from './page-context';

/**
 * One page of prescriptions (status undefined: all), the unit of each stock item, and the patient the list is
 * filtered by. Another practice's patient, or a mangled id, answers 404: the link is reported and the filter
 * dropped (patient null).
 */
export async function loadPrescriptionsPage(
  user: TenantSessionUser,
  options: {
    status: PrescriptionStatus | undefined;
    patientId: string | undefined;
    cursor: string | undefined;
  },
) {
  return withPageDb(async (db) => {
    const patient =
      options.patientId && isUuid(options.patientId)
        ? await getPatient(db, { user, id: options.patientId }).catch(() => null)
        : null;
    const query = { status: options.status, patientId: patient?.id, limit: 50 };
    const list = await listPrescriptions(db, { user, query: { ...query, cursor: options.cursor } }).catch(
      () => listPrescriptions(db, { user, query }),
    );
    const stock = await listInventory(db, { user, query: { limit: 200 } });
    return { list, units: Object.fromEntries(stock.data.map((i) => [i.id, i.unit])), patient };
  });
}
