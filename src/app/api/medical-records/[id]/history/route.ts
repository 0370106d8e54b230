import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { listMedicalRecordHistory } from '@/server/tenant/records/list-medical-record-history';
import { historyEntrySchema, historyQuery, recordIdParams } from '@/server/tenant/records/records.schema';

// GET /api/medical-records/:id/history — ADMIN, VETERINARIAN, TECHNICIAN of the record's practice: every version, oldest first
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/medical-records/{id}/history',
    summary: 'Every version of a record, oldest first, with who changed it and a snapshot',
    tags: ['Medical records'],
    permission: 'records:read',
    params: recordIdParams,
    query: historyQuery,
    response: historyEntrySchema,
    list: true,
    errors: ['NOT_FOUND'],
  },
  async ({ db, user, params, query }) => listMedicalRecordHistory(db, { id: params.id, query, user }),
);
