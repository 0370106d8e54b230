import { z } from 'zod';
import type { ApiOperation } from '@/server/shared/openapi/operation';
import {
  alertSchema,
  alertsQuery,
  healthOverviewQuery,
  healthOverviewSchema,
  tenantHealthParams,
  tenantHealthQuery,
  tenantHealthSchema,
} from './health.schema';

/** Owner-host operations of monitoring: metrics for Prometheus, and the data of the Health and Alerts pages. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/owner/health',
    summary:
      'Fleet health: clinics by status, servers up, open alerts, overdue backups, failing jobs, clinic table',
    tags: ['Owner: health'],
    auth: 'OWNER, SUPPORT',
    query: healthOverviewQuery,
    response: healthOverviewSchema,
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/owner/tenants/{id}/health',
    summary:
      "A clinic's health over 24 h or 7 d (requests, p95, errors, DB size), its latest sample and alerts",
    tags: ['Owner: health'],
    auth: 'OWNER, SUPPORT',
    params: tenantHealthParams,
    query: tenantHealthQuery,
    response: tenantHealthSchema,
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/owner/alerts',
    summary: 'Health alerts, open first then newest (status: open, resolved, all)',
    tags: ['Owner: health'],
    auth: 'OWNER, SUPPORT',
    query: alertsQuery,
    response: z.array(alertSchema),
    errors: [400, 401, 403],
  },
];
