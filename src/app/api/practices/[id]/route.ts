import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { getPractice } from '@/server/tenant/practices/get-practice';
import {
  practiceParams,
  practiceSchema,
  updatePracticeBody,
} from '@/server/tenant/practices/practices.schema';
import { updatePractice } from '@/server/tenant/practices/update-practice';

const tags = ['Practices'];

// GET /api/practices/:id — any signed-in staff (practices:read) of that practice
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/practices/{id}',
    summary: 'One practice you work at',
    tags,
    permission: 'practices:read',
    params: practiceParams,
    response: practiceSchema,
  },
  async ({ db, user, params }) => getPractice(db, { user, id: params.id }),
);

// PATCH /api/practices/:id — ADMIN (practices:manage): name, address, phone, email, time zone
export const PATCH = tenantRoute(
  {
    method: 'patch',
    path: '/api/practices/{id}',
    summary: "Change a practice's name, address, phone, email or IANA time zone",
    tags,
    permission: 'practices:manage',
    params: practiceParams,
    body: updatePracticeBody,
    response: practiceSchema,
    errors: ['NOT_FOUND'],
  },
  async ({ db, user, params, body }) => updatePractice(db, { user, id: params.id, input: body }),
);
