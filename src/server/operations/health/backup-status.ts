import { ownerPool } from '@/server/owner/db/client';

/**
 * Each clinic's last good backup, last verification and latest outcome, read from `tenant_backups` (owned by the
 * backups module). Read defensively: where that table (or its verification column) does not exist yet, there is
 * nothing to report and `available` is false, so no backup alert is raised from missing data.
 */
export type BackupStatus = { lastGoodAt: Date | null; lastVerifiedAt: Date | null; latestFailed: boolean };

export async function readBackupStatus(): Promise<{
  available: boolean;
  byTenant: Map<string, BackupStatus>;
}> {
  const pool = ownerPool();
  const { rows: present } = await pool.query<{ columns: string[] | null }>(
    `select case when to_regclass('public.tenant_backups') is null then null else
       (select array_agg(column_name::text) from information_schema.columns
         where table_schema = 'public' and table_name = 'tenant_backups') end as columns`,
  );
  const columns = new Set(present[0]?.columns ?? []);
  if (!columns.has('tenant_id') || !columns.has('status') || !columns.has('created_at'))
    return { available: false, byTenant: new Map() };
  const verified = columns.has('verified_at') ? 'max(verified_at)' : 'null::timestamptz';
  const { rows } = await pool.query<{
    tenant_id: string;
    last_good: Date | null;
    last_verified: Date | null;
    latest_status: string | null;
  }>(
    `select tenant_id::text, max(created_at) filter (where status = 'complete') as last_good,
            ${verified} as last_verified,
            (array_agg(status order by created_at desc))[1] as latest_status
       from tenant_backups group by tenant_id`,
  );
  return {
    available: true,
    byTenant: new Map(
      rows.map((r) => [
        r.tenant_id,
        {
          lastGoodAt: r.last_good,
          lastVerifiedAt: r.last_verified,
          latestFailed: r.latest_status === 'failed',
        },
      ]),
    ),
  };
}
