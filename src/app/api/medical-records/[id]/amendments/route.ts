import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { amendMedicalRecord } from '@/server/tenant/records/amend-medical-record';
import { amendRecordBody, recordDetailSchema, recordIdParams } from '@/server/tenant/records/records.schema';

// POST /api/medical-records/:id/amendments — VETERINARIAN of the record's practice: correct a signed record
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/medical-records/{id}/amendments',
    summary: 'Correct a SIGNED record with an amendment (author, reason, time); the original stays readable',
    tags: ['Medical records'],
    permission: 'records:amend',
    params: recordIdParams,
    body: amendRecordBody,
    response: recordDetailSchema,
    status: 201,
    errors: ['NOT_FOUND', 'RECORD_NOT_SIGNED'],
  },
  async ({ db, user, params, body }) => amendMedicalRecord(db, { id: params.id, input: body, user }),
);
