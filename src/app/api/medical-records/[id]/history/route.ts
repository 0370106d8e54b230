// GET /api/medical-records/:id/history — ADMIN, VETERINARIAN, TECHNICIAN of the record's practice: every version, oldest first
import { page } from '@/server/shared/http/respond';
import { readParams, readQuery } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { listMedicalRecordHistory } from '@/server/tenant/records/list-medical-record-history';
import { historyQuery, recordIdParams } from '@/server/tenant/records/records.schema';

export const GET = withTenant<{ id: string }>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, recordIdParams);
    const { data, nextCursor } = await listMedicalRecordHistory(db, {
      id,
      query: readQuery(req, historyQuery),
      user,
    });
    return page(data, nextCursor);
  },
  { permission: 'records:read' },
);
