import type { OwnerDb } from '@/server/owner/db/client';
import type { AlertView } from './health.schema';

type Row = {
  id: string;
  kind: AlertView['kind'];
  tenant_id: string | null;
  slug: string | null;
  server: string | null;
  detail: Record<string, unknown>;
  opened_at: Date;
  resolved_at: Date | null;
};

function toAlertView(r: Row): AlertView {
  return {
    id: r.id,
    kind: r.kind,
    tenantId: r.tenant_id,
    clinic: r.slug,
    server: r.server,
    detail: r.detail,
    openedAt: r.opened_at.toISOString(),
    resolvedAt: r.resolved_at ? r.resolved_at.toISOString() : null,
  };
}

/** Alerts newest first: open, resolved or all; optionally of one clinic. */
export async function listAlerts(
  db: OwnerDb,
  options: { status: 'open' | 'resolved' | 'all'; limit: number; tenantId?: string },
): Promise<AlertView[]> {
  const { rows } = await db.$client.query<Row>(
    `select a.id, a.kind, a.tenant_id, t.slug, a.server, a.detail, a.opened_at, a.resolved_at
       from health_alerts a left join tenants t on t.id = a.tenant_id
      where ($1 = 'all' or ($1 = 'open') = (a.resolved_at is null))
        and ($3::uuid is null or a.tenant_id = $3::uuid)
      order by a.resolved_at is not null, a.opened_at desc
      limit $2`,
    [options.status, options.limit, options.tenantId ?? null],
  );
  return rows.map(toAlertView);
}
