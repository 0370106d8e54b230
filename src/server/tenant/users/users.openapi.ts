import type { ApiOperation } from '@/server/shared/openapi/operation';
import {
  createdUserSchema,
  createUserBody,
  listUsersQuery,
  temporaryPasswordSchema,
  updateUserBody,
  userParams,
  userSchema,
} from './users.schema';

const tags = ['Users'];

/** The users operations of the tenant API, for /api/openapi.json. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/users',
    summary: 'List staff (admins: everyone; others: colleagues of their practices)',
    tags,
    auth: 'ADMIN, VETERINARIAN, TECHNICIAN, RECEPTIONIST',
    query: listUsersQuery,
    response: userSchema,
    list: true,
    errors: [400, 401, 404],
  },
  {
    method: 'post',
    path: '/api/users',
    summary:
      "Create or invite a staff member (without a password, a temporary one is returned once); 403 PLAN_LIMIT_REACHED past the plan's active users",
    tags,
    auth: 'ADMIN',
    body: createUserBody,
    response: createdUserSchema,
    successStatus: 201,
    errors: [400, 401, 403, 409],
  },
  {
    method: 'get',
    path: '/api/users/{id}',
    summary: 'One staff member',
    tags,
    auth: 'ADMIN, VETERINARIAN, TECHNICIAN, RECEPTIONIST',
    params: userParams,
    response: userSchema,
    errors: [401, 404],
  },
  {
    method: 'patch',
    path: '/api/users/{id}',
    summary:
      "Change a staff member's email, name, role or practices (the last active admin cannot be demoted)",
    tags,
    auth: 'ADMIN',
    params: userParams,
    body: updateUserBody,
    response: userSchema,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/users/{id}/deactivate',
    summary: 'Deactivate a staff member and end their sessions (not the last active admin)',
    tags,
    auth: 'ADMIN',
    params: userParams,
    response: userSchema,
    errors: [401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/users/{id}/activate',
    summary: "Reactivate a staff member (counts against the plan's active users)",
    tags,
    auth: 'ADMIN',
    params: userParams,
    response: userSchema,
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/users/{id}/reset-password',
    summary: 'Issue a temporary password (returned once) and end the user’s sessions',
    tags,
    auth: 'ADMIN',
    params: userParams,
    response: temporaryPasswordSchema,
    errors: [401, 403, 404],
  },
];
