import { z } from 'zod';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';
import { DATABASE_SERVER_STATUSES } from '@/lib/domain/owner/database-servers';

const timestamp = z.iso.datetime({ offset: true });

const hostSchema = z
  .string()
  .trim()
  .min(1, 'Enter a host name or address.')
  .max(L.host.max)
  .regex(/^[A-Za-z0-9._:\-/[\]]+$/, 'Enter a host name, an IP address or a socket directory.');
const portSchema = z.number().int('Enter a whole port number.').min(1).max(65535);

const serverNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(L.serverName.max)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, 'Use letters, digits, spaces, dots, hyphens or underscores.');

export const serverIdParams = z.object({ id: z.uuid('Not a server id.') });

/** POST /api/owner/servers: the admin password is tested, then stored encrypted; it is never returned. */
export const createServerBody = z
  .object({
    name: serverNameSchema,
    host: hostSchema,
    port: portSchema.default(5432),
    adminUser: z.string().trim().min(1, 'Enter the admin user.').max(L.adminUser.max),
    adminPassword: z.string().min(1, 'Enter the admin password.').max(L.adminPassword.max),
    poolerHost: hostSchema.nullish().describe('PgBouncer (transaction mode) for tenant traffic'),
    poolerPort: portSchema.nullish(),
    capacity: z.number().int('Enter a whole number of clinics.').min(0).max(1_000_000),
  })
  .strict()
  .refine((b) => !b.poolerPort || b.poolerHost, {
    message: 'Give the pooler host with its port.',
    path: ['poolerHost'],
  });

export const updateServerBody = z
  .object({
    name: serverNameSchema,
    status: z.enum(DATABASE_SERVER_STATUSES),
    capacity: z.number().int('Enter a whole number of clinics.').min(0).max(1_000_000),
    adminUser: z.string().trim().min(1).max(L.adminUser.max),
    adminPassword: z.string().min(1).max(L.adminPassword.max),
    poolerHost: hostSchema.nullable(),
    poolerPort: portSchema.nullable(),
  })
  .partial()
  .strict();

export const serverViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  host: z.string(),
  port: z.number().int(),
  adminUser: z.string(),
  poolerHost: z.string().nullable(),
  poolerPort: z.number().int().nullable(),
  capacity: z.number().int(),
  status: z.enum(DATABASE_SERVER_STATUSES),
  clinics: z.number().int().describe('Clinics placed on it (not deleted)'),
  databaseBytes: z.number().int().nullable().describe('Sum of its clinic databases; null when unreachable'),
  connections: z.number().int().nullable().describe('Open connections to its clinic databases'),
  reachable: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type CreateServerBody = z.output<typeof createServerBody>;
export type UpdateServerBody = z.output<typeof updateServerBody>;
export type ServerView = z.output<typeof serverViewSchema>;
