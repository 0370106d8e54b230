import { z } from 'zod';
import { ALERT_KINDS } from '@/server/owner/db/schema';

/** Request and response shapes of the health API (GET /api/owner/health, …/tenants/:id/health, /api/owner/alerts). */
const HEALTH_SORTS = ['requests', 'p95', 'errors', 'dbSize', 'connections'] as const;
export type HealthSort = (typeof HEALTH_SORTS)[number];

export const healthOverviewQuery = z.strictObject({
  sort: z.enum(HEALTH_SORTS).default('requests'),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type HealthOverviewQuery = z.output<typeof healthOverviewQuery>;

export const tenantHealthQuery = z.strictObject({ range: z.enum(['24h', '7d']).default('24h') });
export const tenantHealthParams = z.object({ id: z.uuid('Send a tenant id (a UUID).') });

export const alertsQuery = z.strictObject({
  status: z.enum(['open', 'resolved', 'all']).default('all'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const alertSchema = z.object({
  id: z.uuid(),
  kind: z.enum(ALERT_KINDS),
  tenantId: z.uuid().nullable(),
  clinic: z.string().nullable().describe('The clinic slug, for alerts about a clinic'),
  server: z.string().nullable().describe('host:port, for alerts about a database server'),
  detail: z.record(z.string(), z.unknown()),
  openedAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type AlertView = z.infer<typeof alertSchema>;

const clinicHealthRowSchema = z.object({
  tenantId: z.uuid(),
  slug: z.string(),
  name: z.string(),
  status: z.string(),
  server: z.string(),
  requestsPerMinute: z.number().describe('Average over the last 15 minutes, all app processes'),
  p95Ms: z.number().nullable(),
  errorRate: z.number().describe('5xx share of requests over the last 15 minutes'),
  dbBytes: z.number().nullable(),
  connections: z.number().nullable(),
  flags: z.array(z.string()).describe('Kinds of the open alerts of this clinic'),
  sampledAt: z.string().nullable(),
});
export type ClinicHealthRow = z.infer<typeof clinicHealthRowSchema>;

const serverHealthSchema = z.object({
  server: z.string(),
  reachable: z.boolean().nullable(),
  connections: z.number().nullable(),
  maxConnections: z.number().nullable(),
  dbBytes: z.number().nullable(),
  clinics: z.number(),
  sampledAt: z.string().nullable(),
});

export const healthOverviewSchema = z.object({
  clinicsByStatus: z.record(z.string(), z.number()),
  servers: z.object({ up: z.number(), total: z.number(), list: z.array(serverHealthSchema) }),
  openAlerts: z.number(),
  overdueBackups: z.number(),
  failingJobs: z.array(z.object({ job: z.string(), failed: z.number() })),
  lastCheckAt: z.string().nullable(),
  clinics: z.array(clinicHealthRowSchema),
});
export type HealthOverview = z.infer<typeof healthOverviewSchema>;

const healthPointSchema = z.object({
  at: z.string(),
  requests: z.number(),
  errors: z.number(),
  p95Ms: z.number().nullable(),
  dbBytes: z.number().nullable(),
});

export const tenantHealthSchema = z.object({
  tenantId: z.uuid(),
  slug: z.string(),
  range: z.enum(['24h', '7d']),
  stepMinutes: z.number(),
  points: z.array(healthPointSchema),
  latest: z
    .object({
      recordedAt: z.string(),
      reachable: z.boolean(),
      dbBytes: z.number().nullable(),
      connections: z.number().nullable(),
      schemaVersion: z.number().nullable(),
      latestSchemaVersion: z.number(),
      lastGoodBackupAt: z.string().nullable(),
      lastVerifiedAt: z.string().nullable(),
      storageBytes: z.number().nullable(),
      storageLimitBytes: z.number().nullable(),
      lastActivityAt: z.string().nullable(),
      flags: z.array(z.string()),
    })
    .nullable(),
  alerts: z.array(alertSchema),
});
export type TenantHealth = z.infer<typeof tenantHealthSchema>;
