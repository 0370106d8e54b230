import { z } from 'zod';

const timestamp = z.iso.datetime({ offset: true });

export const jobIdParams = z.object({ id: z.uuid() });

export const jobOverviewQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .describe('How many recent failures to list (1–100, default 20).'),
  name: z
    .string()
    .regex(/^[a-z][a-z0-9]*([.-][a-z0-9]+)*$/, 'Use a job type name such as housekeeping.clinic.')
    .optional()
    .describe('Only failures of this job type.'),
});

const jobTypeCountsSchema = z.object({
  name: z.string().describe('Job type (queue name), e.g. usage.snapshot.'),
  schedule: z.string().nullable().describe('Five-field cron (UTC) when the type runs on a schedule.'),
  queued: z.number().int().describe('Waiting to run, including those waiting for a retry.'),
  active: z.number().int(),
  failed: z.number().int().describe('Failed after every retry (kept visible for 7 days).'),
  completed: z.number().int().describe('Completed in about the last 24 hours (older ones are archived).'),
  cancelled: z.number().int(),
});

const jobFailureSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  tenantId: z.string().nullable().describe('The clinic the job concerned, if any.'),
  tenantSlug: z.string().nullable(),
  error: z.string().describe("The failed attempt's error message."),
  failedAt: timestamp,
  retryCount: z.number().int(),
  archived: z.boolean().describe('Moved to the archive: a retry queues a copy.'),
});

const pendingJobSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  state: z
    .enum(['created', 'retry', 'active'])
    .describe('created: queued · retry: waiting to retry · active'),
  tenantId: z.string().nullable(),
  tenantSlug: z.string().nullable(),
  createdAt: timestamp,
  startedAt: timestamp.nullable(),
});

export const jobOverviewSchema = z.object({
  types: z.array(jobTypeCountsSchema),
  recentFailures: z.array(jobFailureSchema).describe('Newest first, at most `limit`.'),
  pending: z
    .array(pendingJobSchema)
    .describe(
      'Queued, retrying and running jobs (the ones that can be cancelled), oldest first, at most `limit`.',
    ),
});

export const jobActionSchema = z.object({
  id: z.uuid().describe('The job that will run: the same id, or the copy queued for an archived job.'),
  name: z.string(),
  state: z.string(),
});

export type JobOverview = z.infer<typeof jobOverviewSchema>;
