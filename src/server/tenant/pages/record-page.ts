import 'server-only';
import { notFound } from 'next/navigation';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { listPrescriptions } from '@/server/tenant/prescriptions/list-prescriptions';
import { getMedicalRecord } from '@/server/tenant/records/get-medical-record';
import { listMedicalRecordHistory } from '@/server/tenant/records/list-medical-record-history';
import { userCan, withPageDb } from './page-context';
import { drugOptions, orNotFound } from './page-data';

/**
 * A medical record with its history, the prescriptions written on it and the drugs to prescribe. The caller
 * checks records:read first; a summary-only record (no clinical notes) is the 404 page.
 */
export async function loadRecordPage(user: TenantSessionUser, id: string) {
  const canPrescribe = userCan(user, 'prescriptions:write');
  return withPageDb(async (db) => {
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
}
