import { rolesWith } from '@/lib/domain/tenant/permissions';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { getMedicalRecord } from '@/server/tenant/records/get-medical-record';
import {
  recordIdParams,
  recordOrSummarySchema,
  recordSchema,
  updateRecordBody,
} from '@/server/tenant/records/records.schema';
import { updateMedicalRecord } from '@/server/tenant/records/update-medical-record';

const tags = ['Medical records'];

// GET /api/medical-records/:id — any signed-in user of its practice (receptionists: summary)
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/medical-records/{id}',
    summary: 'Read a record with its amendments and the effective view; RECEPTIONIST gets the summary',
    tags,
    permission: 'records:read-summary',
    accessNote: `full records with records:read (${rolesWith('records:read').join(', ')})`,
    params: recordIdParams,
    response: recordOrSummarySchema,
  },
  async ({ db, user, params }) => getMedicalRecord(db, { id: params.id, user }),
);

// PATCH /api/medical-records/:id — VETERINARIAN, TECHNICIAN: edit a draft
export const PATCH = tenantRoute(
  {
    method: 'patch',
    path: '/api/medical-records/{id}',
    summary: 'Edit a DRAFT at the version you read; 409 STALE_VERSION or RECORD_LOCKED (signed)',
    tags,
    permission: 'records:write',
    params: recordIdParams,
    body: updateRecordBody,
    response: recordSchema,
    errors: ['NOT_FOUND', 'STALE_VERSION', 'RECORD_LOCKED'],
  },
  async ({ db, user, params, body }) => updateMedicalRecord(db, { id: params.id, input: body, user }),
);
