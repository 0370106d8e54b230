import 'server-only';
import { getHealthOverview } from '@/server/operations/health/get-health-overview';
import { alertsQuery, healthOverviewQuery } from '@/server/operations/health/health.schema';
import { listAlerts } from '@/server/operations/health/list-alerts';
import { getJobOverview } from '@/server/operations/jobs/get-job-overview';
import type { JobOverview } from '@/server/operations/jobs/job-overview.schema';
import { allJobs } from '@/server/operations/jobs/job-registry';
import { ownerDb } from '@/server/owner/db/client';
import { listOutbox, listOutboxQuery } from '@/server/owner/mail/list-outbox';
import { mailConfigured } from '@/server/owner/mail/smtp-transport';
import { canManage, requireOwnerPageUser } from './owner-page-session';

/** Data for the console's monitoring pages (Health, Alerts, Jobs, Outbox); filters that fail to parse fall back. */

export async function loadHealthPage(filters: { sort?: string; order?: string }) {
  await requireOwnerPageUser('/owner/health');
  const parsed = healthOverviewQuery.safeParse(filters);
  const query = parsed.success ? parsed.data : healthOverviewQuery.parse({});
  return { query, health: await getHealthOverview(ownerDb, query) };
}

export async function loadAlertsPage(filters: { status?: string }) {
  await requireOwnerPageUser('/owner/alerts');
  const parsed = alertsQuery.safeParse(filters);
  const query = parsed.success ? parsed.data : alertsQuery.parse({});
  return { query, alerts: await listAlerts(ownerDb, query) };
}

/** The queues' overview, or null when pg-boss's tables cannot be read (the page says so). */
export async function loadJobsPage() {
  const user = await requireOwnerPageUser();
  let overview: JobOverview | null = null;
  try {
    overview = await getJobOverview(ownerDb, { jobs: allJobs(), limit: 25 });
  } catch {
    overview = null;
  }
  return { manage: canManage(user), overview };
}

export async function loadOutboxPage(filters: { recipient?: string }) {
  await requireOwnerPageUser();
  const query = listOutboxQuery.parse({ recipient: filters.recipient, limit: 50 });
  return { query, mails: await listOutbox(ownerDb, query), mailConfigured: mailConfigured() };
}
