import { z } from 'zod';
import { dateTimeSchema, text } from '@/server/shared/validation';
import { paginationQuery } from '@/server/shared/http/pagination';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

export const listAuditQuery = paginationQuery.extend({
  action: text()
    .trim()
    .regex(/^[a-z_.]+\*?$/, 'Use an action such as tenant.suspend, or a prefix such as tenant.*')
    .max(100)
    .optional()
    .describe('Exact action, or a prefix ending in * (tenant.*).'),
  actor: text().trim().max(L.auditActor.max).optional().describe("The actor's email address or id."),
  target: text().trim().max(200).optional().describe('The target id, e.g. a tenant id or a plan code.'),
  targetType: text().trim().max(40).optional(),
  since: dateTimeSchema().optional().describe('Only entries at or after this instant.'),
  until: dateTimeSchema().optional().describe('Only entries before this instant.'),
});

export type ListAuditQuery = z.output<typeof listAuditQuery>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  actorId: z.uuid().nullable(),
  actorEmail: text().nullable(),
  action: text(),
  targetType: text().nullable(),
  targetId: text().nullable(),
  details: z.record(text(), z.unknown()),
  ipAddress: text().nullable(),
  userAgent: text().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
