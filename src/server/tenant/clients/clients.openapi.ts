import type { ApiOperation } from '@/server/shared/openapi/operation';
import {
  clientParams,
  clientSchema,
  createClientBody,
  listClientsQuery,
  updateClientBody,
} from './clients.schema';

const tags = ['Clients'];
const everyone = 'ADMIN, VETERINARIAN, TECHNICIAN, RECEPTIONIST';

/** The clients operations of the tenant API, for /api/openapi.json. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/clients',
    summary: 'List and search clients (pet owners) of your practices',
    tags,
    auth: everyone,
    query: listClientsQuery,
    response: clientSchema,
    list: true,
    errors: [400, 401, 404],
  },
  {
    method: 'post',
    path: '/api/clients',
    summary: 'Register a client in one of your practices',
    tags,
    auth: everyone,
    body: createClientBody,
    response: clientSchema,
    successStatus: 201,
    errors: [400, 401, 404],
  },
  {
    method: 'get',
    path: '/api/clients/{id}',
    summary: 'One client',
    tags,
    auth: everyone,
    params: clientParams,
    response: clientSchema,
    errors: [401, 404],
  },
  {
    method: 'patch',
    path: '/api/clients/{id}',
    summary: "Change a client's details or communication consent",
    tags,
    auth: everyone,
    params: clientParams,
    body: updateClientBody,
    response: clientSchema,
    errors: [400, 401, 404],
  },
  {
    method: 'delete',
    path: '/api/clients/{id}',
    summary: 'Delete a client who has no patients',
    tags,
    auth: everyone,
    params: clientParams,
    successStatus: 204,
    errors: [401, 404, 409],
  },
];
