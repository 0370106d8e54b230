import type { ApiOperation } from '@/server/shared/openapi/operation';
import {
  createPracticeBody,
  listPracticesQuery,
  practiceParams,
  practiceSchema,
  updatePracticeBody,
} from './practices.schema';

const tags = ['Practices'];

/** The practices operations of the tenant API, for /api/openapi.json. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/practices',
    summary: 'List the practices you work at (admins: all)',
    tags,
    auth: 'ADMIN, VETERINARIAN, TECHNICIAN, RECEPTIONIST',
    query: listPracticesQuery,
    response: practiceSchema,
    list: true,
    errors: [400, 401],
  },
  {
    method: 'post',
    path: '/api/practices',
    summary: "Add a practice; 403 PLAN_LIMIT_REACHED past the plan's practices",
    tags,
    auth: 'ADMIN',
    body: createPracticeBody,
    response: practiceSchema,
    successStatus: 201,
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/practices/{id}',
    summary: 'One practice you work at',
    tags,
    auth: 'ADMIN, VETERINARIAN, TECHNICIAN, RECEPTIONIST',
    params: practiceParams,
    response: practiceSchema,
    errors: [401, 404],
  },
  {
    method: 'patch',
    path: '/api/practices/{id}',
    summary: "Change a practice's name, address, phone, email or IANA time zone",
    tags,
    auth: 'ADMIN',
    params: practiceParams,
    body: updatePracticeBody,
    response: practiceSchema,
    errors: [400, 401, 403, 404],
  },
];
