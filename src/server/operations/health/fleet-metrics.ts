import client from 'prom-client';
import { ownerPool } from '@/server/owner/db/client';
import { metrics } from '@/server/shared/observability/metrics';
import { tenantPools } from '@/server/tenancy/connections/tenant-connections';
import { readBackupStatus } from './backup-status';
import { listDbServers, probeServer } from './db-servers';
import { HEALTH_THRESHOLDS } from './thresholds';

/**
 * Gauges read at scrape time: this process's tenant pools, and fleet figures from the owner database (clinics by
 * status, jobs by type and state, backups, database servers up). Every instance reports the fleet figures alike;
 * use max() across instances in PromQL (docs/monitoring.md). Registered once per process.
 */
const KEY = Symbol.for('smartdmv.fleetMetrics');
const holder = globalThis as unknown as { [KEY]?: true };

function gauge(
  name: string,
  help: string,
  labelNames: string[],
  collect: (g: client.Gauge) => Promise<void> | void,
) {
  return new client.Gauge({
    name,
    help,
    labelNames,
    registers: [metrics().registry],
    async collect() {
      this.reset();
      try {
        await collect(this);
      } catch {
        // The owner database is down: owner_database_up says so; other gauges stay empty for this scrape.
      }
    },
  });
}

export function registerFleetMetrics(): void {
  if (holder[KEY]) return;
  holder[KEY] = true;
  const m = metrics();
  const poolStats = () => tenantPools().connectionStats();
  gauge(
    'tenant_db_connections',
    'Open tenant database connections of this process, by state',
    ['state'],
    (g) => {
      const s = poolStats();
      g.set({ state: 'active' }, s.active);
      g.set({ state: 'idle' }, s.idle);
    },
  );
  gauge(
    'tenant_db_pools',
    'Clinics with tenant connections in this process (open), and connections closing',
    ['state'],
    (g) => {
      const s = poolStats();
      g.set({ state: 'open' }, s.pools);
      g.set({ state: 'closing' }, s.closing);
    },
  );
  gauge('tenant_db_waiting_callers', 'Callers waiting for a tenant connection or pool slot', [], (g) =>
    g.set(poolStats().waiting),
  );
  new client.Counter({
    name: 'tenant_db_pool_evictions_total',
    help: 'Idle tenant connections closed (least recently used) to make room for another clinic',
    registers: [m.registry],
    collect() {
      this.reset();
      this.inc(poolStats().evictions);
    },
  });
  gauge('owner_database_up', '1 when the owner database answers', [], async (g) => {
    try {
      await ownerPool().query('select 1');
      g.set(1);
    } catch {
      g.set(0);
    }
  });
  gauge('clinics', 'Clinics by status', ['status'], async (g) => {
    const { rows } = await ownerPool().query<{ status: string; n: number }>(
      `select status, count(*)::int as n from tenants group by status`,
    );
    for (const status of ['PROVISIONING', 'ACTIVE', 'SUSPENDED', 'FAILED', 'DELETED'])
      g.set({ status }, rows.find((r) => r.status === status)?.n ?? 0);
  });
  gauge('jobs', 'Background jobs by type and state (queued, active, failed)', ['job', 'state'], async (g) => {
    const { rows } = await ownerPool().query<{ name: string; state: string; n: number }>(
      `select name, case when state in ('created', 'retry') then 'queued' else state::text end as state,
              count(*)::int as n
         from pgboss.job where state in ('created', 'retry', 'active', 'failed') group by 1, 2`,
    );
    for (const r of rows) g.set({ job: r.name, state: r.state }, r.n);
  });
  gauge(
    'backup_oldest_last_good_age_seconds',
    'Age of the oldest last good backup over ACTIVE clinics (a clinic without one counts from its creation)',
    [],
    async (g) => {
      const status = await readBackupStatus();
      if (!status.available) return;
      const { rows } = await ownerPool().query<{ id: string; created_at: Date }>(
        `select id::text, created_at from tenants where status = 'ACTIVE'`,
      );
      let oldest = 0;
      for (const r of rows) {
        const at = status.byTenant.get(r.id)?.lastGoodAt ?? r.created_at;
        oldest = Math.max(oldest, (Date.now() - at.getTime()) / 1000);
      }
      g.set(oldest);
    },
  );
  gauge('backups_overdue_clinics', 'ACTIVE clinics without a good backup in 36 h', [], async (g) => {
    const status = await readBackupStatus();
    if (!status.available) return g.set(0);
    const { rows } = await ownerPool().query<{ id: string; created_at: Date }>(
      `select id::text, created_at from tenants where status = 'ACTIVE'`,
    );
    const limit = Date.now() - HEALTH_THRESHOLDS.backupOverdueHours * 3600_000;
    g.set(
      rows.filter((r) => {
        if (r.created_at.getTime() >= limit) return false;
        const last = status.byTenant.get(r.id)?.lastGoodAt;
        return !last || last.getTime() < limit;
      }).length,
    );
  });
  gauge(
    'db_server_up',
    '1 when the database server answers, by server (host:port)',
    ['server'],
    async (g) => {
      const servers = await listDbServers();
      const probes = await Promise.all(servers.map((s) => probeServer(s)));
      servers.forEach((s, i) => g.set({ server: s.key }, probes[i]!.reachable ? 1 : 0));
    },
  );
}
