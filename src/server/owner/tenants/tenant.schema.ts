import { z } from 'zod';
import { TENANT_STATUSES } from '@/server/owner/db/schema';

/**
 * What the owner API says about a tenant. These schemas document the responses (OpenAPI) and tests parse real
 * responses with them, so the documentation cannot silently drift from what is sent.
 */

export const timestampSchema = z.iso.datetime({ offset: true });

export const tenantIdParams = z.object({ id: z.uuid() });

export const tenantStatusSchema = z.enum(TENANT_STATUSES);

export const brandingSchema = z.object({
  displayName: z.string().optional(),
  primaryColor: z.string().optional(),
  logoUrl: z.string().optional(),
});

/** toTenantView's shape: never the encrypted role password or the pending admin's hash. */
export const tenantViewSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  status: tenantStatusSchema,
  isDefault: z.boolean(),
  lastError: z.string().nullable(),
  dbHost: z.string(),
  dbPort: z.number().int(),
  dbName: z.string(),
  dbRole: z.string(),
  serverId: z.uuid().nullable().describe('The database server it lives on (GET /api/owner/servers)'),
  storagePath: z.string(),
  branding: brandingSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  activatedAt: timestampSchema.nullable(),
  suspendedAt: timestampSchema.nullable(),
  deletedAt: timestampSchema.nullable(),
});

export const usageSnapshotSchema = z.object({
  users: z.number().int(),
  practices: z.number().int(),
  patients: z.number().int(),
  storageBytes: z.number().int(),
  collectedAt: timestampSchema,
});

/** A row of the tenants list: the tenant, its primary domain, current plan and the last collected usage. */
export const tenantSummarySchema = tenantViewSchema.extend({
  primaryDomain: z.string().nullable(),
  planCode: z.string().nullable(),
  subscriptionStatus: z.string().nullable(),
  usage: usageSnapshotSchema
    .nullable()
    .describe('The most recent collected usage (tenant_usage); null until first collected.'),
  siteUrl: z.string().describe("The tenant's own address: its slug host (the apex for the default tenant)."),
});

export const tenantDomainSchema = z.object({
  domain: z.string(),
  isPrimary: z.boolean(),
  verifiedAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
});

export const tenantDetailSchema = tenantSummarySchema.extend({
  domains: z.array(tenantDomainSchema),
});
