import { ownerPool } from '@/server/owner/db/client';
import type { AlertKind } from '@/lib/domain/owner/health';

/**
 * Opens and resolves alerts from one evaluation. Every condition that was *evaluated* is passed with `firing`:
 * a firing one opens an alert unless one of the same kind and subject is open (the partial unique index makes that
 * race-free across worker processes), a clear one resolves the open alert. Conditions not evaluated this round
 * (e.g. schema version of a clinic that did not answer) are left as they are.
 */
export type AlertCondition = {
  kind: AlertKind;
  tenantId?: string | null;
  server?: string | null;
  firing: boolean;
  detail?: Record<string, unknown>;
};

export type AlertRow = {
  id: string;
  kind: AlertKind;
  tenantId: string | null;
  server: string | null;
  detail: Record<string, unknown>;
  openedAt: Date;
  resolvedAt: Date | null;
};

const RETURNING = `returning id, kind, tenant_id as "tenantId", server, detail, opened_at as "openedAt", resolved_at as "resolvedAt"`;

export async function syncAlerts(
  conditions: AlertCondition[],
): Promise<{ opened: AlertRow[]; resolved: AlertRow[] }> {
  const firing = conditions.filter((c) => c.firing);
  const clear = conditions.filter((c) => !c.firing);
  const pool = ownerPool();
  const opened = firing.length
    ? (
        await pool.query<AlertRow>(
          `insert into health_alerts (kind, tenant_id, server, detail)
           select c.kind, nullif(c.tenant, '')::uuid, nullif(c.server, ''), c.detail
             from unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) as c(kind, tenant, server, detail)
           on conflict (kind, (coalesce(tenant_id::text, '')), (coalesce(server, ''))) where resolved_at is null
           do nothing ${RETURNING}`,
          [
            firing.map((c) => c.kind),
            firing.map((c) => c.tenantId ?? ''),
            firing.map((c) => c.server ?? ''),
            firing.map((c) => JSON.stringify(c.detail ?? {})),
          ],
        )
      ).rows
    : [];
  const resolved = clear.length
    ? (
        await pool.query<AlertRow>(
          `update health_alerts a set resolved_at = now()
             from unnest($1::text[], $2::text[], $3::text[]) as c(kind, tenant, server)
            where a.resolved_at is null and a.kind = c.kind
              and coalesce(a.tenant_id::text, '') = c.tenant and coalesce(a.server, '') = c.server
           returning a.id, a.kind, a.tenant_id as "tenantId", a.server, a.detail, a.opened_at as "openedAt",
                     a.resolved_at as "resolvedAt"`,
          [clear.map((c) => c.kind), clear.map((c) => c.tenantId ?? ''), clear.map((c) => c.server ?? '')],
        )
      ).rows
    : [];
  return { opened, resolved };
}
