import type { ApiOperation } from '@/server/shared/openapi/operation';
import {
  createPrescriptionBody,
  dispenseBody,
  dispenseResultSchema,
  listPrescriptionsQuery,
  prescriptionDetailSchema,
  prescriptionIdParams,
  prescriptionSchema,
} from './prescriptions.schema';

const tags = ['Prescriptions'];
const READ = 'ADMIN, VETERINARIAN, TECHNICIAN (prescriptions:read)';

/** The prescriptions operations of the tenant API, for /api/openapi.json. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/prescriptions',
    summary: 'List prescriptions, newest first',
    tags,
    auth: READ,
    query: listPrescriptionsQuery,
    response: prescriptionSchema,
    list: true,
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: '/api/prescriptions',
    summary: 'Prescribe a stocked drug (schedule II: no refills; III–V: at most 5)',
    tags,
    auth: 'VETERINARIAN (prescriptions:write)',
    body: createPrescriptionBody,
    response: prescriptionSchema,
    successStatus: 201,
    errors: [400, 401, 403, 404, 409, 415],
  },
  {
    method: 'get',
    path: '/api/prescriptions/{id}',
    summary: 'Get a prescription with its dispenses',
    tags,
    auth: READ,
    params: prescriptionIdParams,
    response: prescriptionDetailSchema,
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/prescriptions/{id}/cancel',
    summary: 'Cancel an active prescription',
    tags,
    auth: 'VETERINARIAN (prescriptions:write)',
    params: prescriptionIdParams,
    response: prescriptionSchema,
    errors: [401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/prescriptions/{id}/dispense',
    summary:
      'Dispense against a prescription: stock, ledger and fill in one transaction (409 INSUFFICIENT_STOCK, EXCEEDS_PRESCRIPTION, NO_REFILLS_LEFT, PRESCRIPTION_CANCELLED)',
    tags,
    auth: 'VETERINARIAN, TECHNICIAN (prescriptions:dispense)',
    params: prescriptionIdParams,
    body: dispenseBody,
    response: dispenseResultSchema,
    successStatus: 201,
    errors: [400, 401, 403, 404, 409, 415],
  },
];
