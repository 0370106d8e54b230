import { z } from 'zod';
import { paginationQuery } from '@/server/shared/http/pagination';

export const listAuditQuery = paginationQuery.extend({
  action: z
    .string()
    .trim()
    .regex(/^[a-z_.]+\*?$/, 'Use an action such as tenant.suspend, or a prefix such as tenant.*')
    .max(100)
    .optional()
    .describe('Exact action, or a prefix ending in * (tenant.*).'),
  actor: z.string().trim().max(254).optional().describe("The actor's email address or id."),
  target: z.string().trim().max(200).optional().describe('The target id, e.g. a tenant id or a plan code.'),
  targetType: z.string().trim().max(40).optional(),
  since: z.iso.datetime({ offset: true }).optional().describe('Only entries at or after this instant.'),
  until: z.iso.datetime({ offset: true }).optional().describe('Only entries before this instant.'),
});

export type ListAuditQuery = z.output<typeof listAuditQuery>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  actorId: z.uuid().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
