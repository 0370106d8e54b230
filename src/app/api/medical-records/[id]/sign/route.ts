import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { recordIdParams, recordSchema, signRecordBody } from '@/server/tenant/records/records.schema';
import { signMedicalRecord } from '@/server/tenant/records/sign-medical-record';

// POST /api/medical-records/:id/sign — VETERINARIAN of the record's practice: sign and lock the version they read
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/medical-records/{id}/sign',
    summary: 'Sign and lock the version you read; 409 RECORD_LOCKED, STALE_VERSION or RECORD_EMPTY',
    tags: ['Medical records'],
    permission: 'records:sign',
    params: recordIdParams,
    body: signRecordBody,
    response: recordSchema,
    errors: ['NOT_FOUND', 'RECORD_LOCKED', 'STALE_VERSION', 'RECORD_EMPTY'],
  },
  async ({ db, user, params, body }) => signMedicalRecord(db, { id: params.id, input: body, user }),
);
