import { z } from 'zod';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';
import { text } from '@/server/shared/validation';
import { MAINTENANCE_REASONS, TENANT_STATUSES } from '@/lib/domain/owner/tenants';

/**
 * What the owner API says about a tenant. These schemas document the responses (OpenAPI) and tests parse real
 * responses with them, so the documentation cannot silently drift from what is sent.
 */

export const timestampSchema = z.iso.datetime({ offset: true });

export const tenantIdParams = z.object({ id: z.uuid() });

export const tenantStatusSchema = z.enum(TENANT_STATUSES);

const brandingSchema = z.object({
  displayName: text().optional(),
  primaryColor: text().optional(),
  logoUrl: text().optional(),
});

/** toTenantView's shape: never the encrypted role password or the pending admin's hash. */
const tenantViewSchema = z.object({
  id: z.uuid(),
  slug: text(),
  name: text(),
  status: tenantStatusSchema,
  isDefault: z.boolean(),
  lastError: text().nullable(),
  dbHost: text(),
  dbPort: z.number().int(),
  dbName: text(),
  dbRole: text(),
  serverId: z.uuid().nullable().describe('The database server it lives on (GET /api/owner/servers)'),
  storagePath: text(),
  branding: brandingSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  activatedAt: timestampSchema.nullable(),
  suspendedAt: timestampSchema.nullable(),
  deletedAt: timestampSchema.nullable(),
  maintenance: z
    .object({
      since: timestampSchema,
      reason: z.enum(MAINTENANCE_REASONS).describe('OPERATOR (by hand), RESTORE or MOVE.'),
      message: z.string().nullable().describe("Shown on the clinic's maintenance page."),
    })
    .nullable()
    .describe('Set while the clinic is in maintenance (its hosts answer 503 TENANT_MAINTENANCE).'),
});

export const setMaintenanceBody = z.object({
  enabled: z.boolean(),
  message: z
    .string()
    .trim()
    .max(L.maintenanceMessage.max, `Keep the message under ${L.maintenanceMessage.max} characters.`)
    .optional()
    .describe("Shown to the clinic's users while maintenance is on."),
});

const usageSnapshotSchema = z.object({
  users: z.number().int(),
  practices: z.number().int(),
  patients: z.number().int(),
  storageBytes: z.number().int(),
  databaseBytes: z.number().int().nullable(),
  collectedAt: timestampSchema,
});

/** A row of the tenants list: the tenant, its primary domain, current plan and the last collected usage. */
export const tenantSummarySchema = tenantViewSchema.extend({
  primaryDomain: text().nullable(),
  planCode: text().nullable(),
  subscriptionStatus: text().nullable(),
  usage: usageSnapshotSchema
    .nullable()
    .describe('The most recent collected usage (tenant_usage); null until first collected.'),
  siteUrl: text().describe("The tenant's own address: its slug host (the apex for the default tenant)."),
});

export const tenantDomainSchema = z.object({
  domain: text(),
  isPrimary: z.boolean(),
  verifiedAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
});

export const tenantDetailSchema = tenantSummarySchema.extend({
  domains: z.array(tenantDomainSchema),
});
