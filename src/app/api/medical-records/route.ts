import { rolesWith } from '@/lib/domain/tenant/permissions';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { createMedicalRecord } from '@/server/tenant/records/create-medical-record';
import { listMedicalRecords } from '@/server/tenant/records/list-medical-records';
import {
  createRecordBody,
  listRecordsQuery,
  recordListEntrySchema,
  recordSchema,
} from '@/server/tenant/records/records.schema';

const tags = ['Medical records'];

// GET /api/medical-records — any signed-in user (receptionists get summaries only)
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/medical-records',
    summary:
      'List records of your practices, newest visit first; RECEPTIONIST gets summaries (no SOAP, no vitals)',
    tags,
    permission: 'records:read-summary',
    accessNote: `full records with records:read (${rolesWith('records:read').join(', ')})`,
    query: listRecordsQuery,
    response: recordListEntrySchema,
    list: true,
  },
  async ({ db, user, query }) => listMedicalRecords(db, { query, user }),
);

// POST /api/medical-records — VETERINARIAN, TECHNICIAN: open a draft (the plan must include medical records)
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/medical-records',
    summary:
      'Open a DRAFT SOAP record with vitals and diagnoses; a recorded weight is added to the weight chart',
    tags,
    permission: 'records:write',
    planFeature: 'medical-records',
    body: createRecordBody,
    response: recordSchema,
    status: 201,
    errors: ['NOT_FOUND'],
  },
  async ({ db, user, body }) => createMedicalRecord(db, { input: body, user }),
);
