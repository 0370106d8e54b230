import { z } from 'zod';
import type { ApiOperation } from '@/server/shared/openapi/operation';
import {
  adjustStockBody,
  controlledLogEntrySchema,
  controlledLogQuery,
  createInventoryItemBody,
  expiringQuery,
  inventoryItemSchema,
  itemIdParams,
  listInventoryQuery,
  lowStockQuery,
  movementsQuery,
  receiveStockBody,
  stockMovementSchema,
  updateInventoryItemBody,
} from './inventory.schema';

const tags = ['Inventory'];
const READ = 'signed-in (inventory:read: every role)';
const WRITE = 'ADMIN, VETERINARIAN, TECHNICIAN (inventory:write)';
const movementResult = z.object({ item: inventoryItemSchema, movement: stockMovementSchema });

/** The inventory operations of the tenant API, for /api/openapi.json. */
export const operations: ApiOperation[] = [
  { method: 'get', path: '/api/inventory', summary: 'List stock items', tags, auth: READ, query: listInventoryQuery, response: inventoryItemSchema, list: true, errors: [400, 401, 403] },
  { method: 'post', path: '/api/inventory', summary: 'Add a stock item (opening stock becomes a RECEIVE movement)', tags, auth: WRITE, body: createInventoryItemBody, response: inventoryItemSchema, successStatus: 201, errors: [400, 401, 403, 404, 409, 415] },
  { method: 'get', path: '/api/inventory/low-stock', summary: 'Active items at or below their reorder level', tags, auth: READ, query: lowStockQuery, response: inventoryItemSchema, list: true, errors: [400, 401, 403] },
  { method: 'get', path: '/api/inventory/expiring', summary: 'Stocked items expiring within `days` (default 30), soonest first', tags, auth: READ, query: expiringQuery, response: inventoryItemSchema.extend({ daysUntilExpiry: z.number().int() }), list: true, errors: [400, 401, 403] },
  { method: 'get', path: '/api/inventory/controlled-log', summary: 'Controlled-drug register: every movement of scheduled items with the balance after it', tags, auth: 'ADMIN, VETERINARIAN (inventory:controlled-log)', query: controlledLogQuery, response: controlledLogEntrySchema, list: true, errors: [400, 401, 403] },
  { method: 'get', path: '/api/inventory/{id}', summary: 'Get a stock item', tags, auth: READ, params: itemIdParams, response: inventoryItemSchema, errors: [401, 403, 404] },
  { method: 'patch', path: '/api/inventory/{id}', summary: 'Change descriptive fields and prices (never the quantity)', tags, auth: WRITE, params: itemIdParams, body: updateInventoryItemBody, response: inventoryItemSchema, errors: [400, 401, 403, 404, 409, 415] },
  { method: 'post', path: '/api/inventory/{id}/receive', summary: 'Receive stock (a RECEIVE ledger row)', tags, auth: WRITE, params: itemIdParams, body: receiveStockBody, response: movementResult, successStatus: 201, errors: [400, 401, 403, 404, 415] },
  { method: 'post', path: '/api/inventory/{id}/adjust', summary: 'Correct stock with a reason (an ADJUST ledger row); below zero → 409 INSUFFICIENT_STOCK', tags, auth: WRITE, params: itemIdParams, body: adjustStockBody, response: movementResult, successStatus: 201, errors: [400, 401, 403, 404, 409, 415] },
  { method: 'get', path: '/api/inventory/{id}/movements', summary: "The item's stock ledger, newest first", tags, auth: READ, params: itemIdParams, query: movementsQuery, response: stockMovementSchema, list: true, errors: [400, 401, 403, 404] },
];
