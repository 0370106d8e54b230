import 'server-only';
import { env } from '@/env';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { getPatient } from '@/server/tenant/patients/get-patient';
import { getPatientTimeline } from '@/server/tenant/patients/get-patient-timeline';
import { listPatientWeights } from '@/server/tenant/patients/list-patient-weights';
import { listPatients } from '@/server/tenant/patients/list-patients';
import { listPatientsQuery } from '@/server/tenant/patients/patients.schema';
import { listPrescriptions } from '@/server/tenant/prescriptions/list-prescriptions';
import { userCan, withPageDb } from './page-context';
import { drugOptions, orNotFound, parsePageQuery, type SearchParams } from './page-data';

/** The filters of the patients list from the URL (invalid ones dropped), and one page of patients. */
export async function loadPatientsPage(user: TenantSessionUser, searchParams: SearchParams) {
  const query = parsePageQuery(listPatientsQuery, searchParams);
  // A stale or foreign cursor restarts at the first page instead of failing the page.
  const page = await withPageDb((db) =>
    listPatients(db, { user, query: { ...query, limit: 50 } }).catch(() =>
      listPatients(db, { user, query: { ...query, cursor: undefined, limit: 50 } }),
    ),
  );
  return { query, ...page };
}

/**
 * A patient's page: the patient (404 if unknown or invisible), a page of the timeline, weights, prescriptions
 * (null for roles that may not read them), drugs to prescribe, and the upload size limit.
 */
export async function loadPatientPage(user: TenantSessionUser, id: string, cursor: string | undefined) {
  const canPrescribe = userCan(user, 'prescriptions:write');
  const canReadRx = userCan(user, 'prescriptions:read');
  const data = await withPageDb(async (db) => {
    const patient = await orNotFound(getPatient(db, { user, id }));
    const [timeline, weights, prescriptions, drugs] = await Promise.all([
      getPatientTimeline(db, { user, patientId: id, query: { cursor, limit: 30 } }).catch(() =>
        getPatientTimeline(db, { user, patientId: id, query: { limit: 30 } }),
      ),
      listPatientWeights(db, { user, patientId: id, query: { limit: 50 } }),
      canReadRx
        ? listPrescriptions(db, { user, query: { patientId: id, limit: 20 } })
        : Promise.resolve(null),
      canPrescribe ? drugOptions(db, user, patient.practiceId) : Promise.resolve([]),
    ]);
    return { patient, timeline, weights: weights.data, prescriptions: prescriptions?.data ?? null, drugs };
  });
  return { ...data, maxUploadBytes: env().MAX_UPLOAD_BYTES };
}
