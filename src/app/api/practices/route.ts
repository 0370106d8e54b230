import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { createPractice } from '@/server/tenant/practices/create-practice';
import { listPractices } from '@/server/tenant/practices/list-practices';
import {
  createPracticeBody,
  listPracticesQuery,
  practiceSchema,
} from '@/server/tenant/practices/practices.schema';

const tags = ['Practices'];

// GET /api/practices — any signed-in staff (practices:read): the practices they work at (admins: all)
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/practices',
    summary: 'List the practices you work at (admins: all)',
    tags,
    permission: 'practices:read',
    query: listPracticesQuery,
    response: practiceSchema,
    list: true,
  },
  async ({ db, user, query }) => listPractices(db, { user, query }),
);

// POST /api/practices — ADMIN (practices:manage): add a practice
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/practices',
    summary: "Add a practice; 403 PLAN_LIMIT_REACHED past the plan's practices",
    tags,
    permission: 'practices:manage',
    body: createPracticeBody,
    response: practiceSchema,
    status: 201,
    errors: ['PLAN_LIMIT_REACHED'],
  },
  async ({ db, tenant, body }) => createPractice(db, { tenantId: tenant.id, input: body }),
);
