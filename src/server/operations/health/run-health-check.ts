import pg from 'pg';
import { ownerPool } from '@/server/owner/db/client';
import { measureFolderBytes } from '@/server/owner/usage/measure-storage';
import type { Logger } from '@/server/shared/logger';
import { migrationPlan, TENANT_MIGRATIONS } from '@/server/tenancy/migrations/run-migrations';
import { parseDatabaseMarker } from '@/server/tenancy/migrations/schema-marker';
import { adminCredentialsFor } from '@/server/tenancy/servers/server-credentials';
import { sendAlertWebhook } from './alert-webhook';
import { readBackupStatus } from './backup-status';
import { readLastActivity, readTrafficWindow } from './clinic-traffic-window';
import { listDbServers, probeServer, type DbServer, type ServerProbe } from './db-servers';
import { probeClinic } from './probe-clinic';
import { syncAlerts, type AlertCondition } from './sync-alerts';
import { HEALTH_THRESHOLDS as T } from './thresholds';
import pLimit from 'p-limit';

/**
 * One health cycle (the `health.check` job, every 5 minutes): measures every ACTIVE clinic and every database
 * server, stores the samples, opens and resolves alerts (webhook on both), and drops data older than 14 days.
 * Idempotent: a second run in the same minute only adds another sample; an open alert never opens twice.
 */
export type HealthCheckSummary = { clinics: number; servers: number; opened: number; resolved: number };

type ClinicRow = {
  id: string;
  slug: string;
  created_at: Date;
  storage_path: string;
  db_host: string;
  db_port: number;
  db_name: string;
  max_storage: string | null;
};
type DatabaseStats = { bytes: number; connections: number; marker: number | null };

const CONCURRENCY = 4;

/** Sizes, connections and schema markers of the clinic databases of one server, in one admin query. */
async function readServerDatabases(
  server: DbServer,
  databases: string[],
): Promise<Map<string, DatabaseStats>> {
  // As that server's own admin: a registered server has its own credentials.
  const admin = await adminCredentialsFor(server);
  const client = new pg.Client({
    host: server.host,
    port: server.port,
    user: admin.user,
    password: admin.password,
    database: 'postgres',
    application_name: 'smartdmv-health',
    connectionTimeoutMillis: 5_000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{
      datname: string;
      bytes: string;
      connections: number;
      comment: string | null;
    }>(
      `select d.datname, pg_database_size(d.oid)::text as bytes,
              coalesce(s.numbackends, 0)::int as connections, shobj_description(d.oid, 'pg_database') as comment
         from pg_database d left join pg_stat_database s on s.datid = d.oid
        where d.datname = any($1::text[])`,
      [databases],
    );
    return new Map(
      rows.map((r) => [
        r.datname,
        {
          bytes: Number(r.bytes),
          connections: r.connections,
          marker: parseDatabaseMarker(r.comment)?.schemaVersion ?? null,
        },
      ]),
    );
  } catch {
    return new Map();
  } finally {
    await client.end().catch(() => {});
  }
}

export async function runHealthCheck(log?: Pick<Logger, 'info' | 'warn'>): Promise<HealthCheckSummary> {
  const pool = ownerPool();
  const { rows: clinics } = await pool.query<ClinicRow>(
    `select t.id::text, t.slug, t.created_at, t.storage_path, t.db_host, t.db_port, t.db_name,
            (p.limits->>'maxStorageBytes') as max_storage
       from tenants t
       left join tenant_subscriptions s on s.tenant_id = t.id and s.ended_at is null
       left join subscription_plans p on p.id = s.plan_id
      where t.status = 'ACTIVE'`,
  );
  const servers = await listDbServers();
  const probes = new Map<string, ServerProbe>(
    await Promise.all(servers.map(async (s) => [s.key, await probeServer(s)] as const)),
  );
  const dbStats = new Map<string, DatabaseStats>();
  const serverBytes = new Map<string, number>();
  for (const server of servers) {
    if (!probes.get(server.key)?.reachable) continue;
    const names = clinics.filter((c) => `${c.db_host}:${c.db_port}` === server.key).map((c) => c.db_name);
    if (names.length === 0) continue;
    const stats = await readServerDatabases(server, names);
    let bytes = 0;
    for (const [name, s] of stats) {
      dbStats.set(`${server.key}/${name}`, s);
      bytes += s.bytes;
    }
    serverBytes.set(server.key, bytes);
  }
  const [backups, traffic, lastActivity] = await Promise.all([
    readBackupStatus(),
    readTrafficWindow(T.trafficWindowMinutes),
    readLastActivity(),
  ]);
  const latest = migrationPlan(TENANT_MIGRATIONS).latest;
  const now = Date.now();
  const conditions: AlertCondition[] = [];
  const samples = await pLimit(CONCURRENCY).map(clinics, async (clinic) => {
    const probe = await probeClinic(clinic.id);
    const stats = dbStats.get(`${clinic.db_host}:${clinic.db_port}/${clinic.db_name}`);
    const schemaVersion = probe.schemaVersion ?? stats?.marker ?? null;
    const storageBytes = await measureFolderBytes(clinic.storage_path).catch(() => null);
    const storageLimit = clinic.max_storage === null ? null : Number(clinic.max_storage);
    const backup = backups.byTenant.get(clinic.id);
    const window = traffic.get(clinic.id);
    const flags: AlertCondition[] = [];
    const subject = { tenantId: clinic.id };
    flags.push({
      ...subject,
      kind: 'DATABASE_UNREACHABLE',
      firing: !probe.reachable,
      detail: { error: probe.error },
    });
    if (probe.reachable && schemaVersion !== null)
      flags.push({
        ...subject,
        kind: 'SCHEMA_BEHIND',
        firing: schemaVersion < latest,
        detail: { schemaVersion, latest },
      });
    if (backups.available) {
      const overdueSince = now - T.backupOverdueHours * 3600_000;
      const lastGood = backup?.lastGoodAt?.getTime() ?? null;
      const overdue =
        clinic.created_at.getTime() < overdueSince && (lastGood === null || lastGood < overdueSince);
      flags.push({
        ...subject,
        kind: 'BACKUP_OVERDUE',
        firing: overdue,
        detail: { lastGoodBackupAt: backup?.lastGoodAt ?? null },
      });
      flags.push({ ...subject, kind: 'BACKUP_FAILED', firing: backup?.latestFailed ?? false, detail: {} });
    }
    if (storageBytes !== null && storageLimit)
      flags.push({
        ...subject,
        kind: 'STORAGE_NEAR_LIMIT',
        firing: storageBytes > storageLimit * T.storageRatio,
        detail: { storageBytes, storageLimitBytes: storageLimit },
      });
    const enoughTraffic = (window?.requests ?? 0) >= T.minRequests;
    const errorRate = window && window.requests > 0 ? window.errors / window.requests : 0;
    flags.push({
      ...subject,
      kind: 'ERROR_RATE_HIGH',
      firing: enoughTraffic && errorRate > T.errorRate,
      detail: { errorRate, requests: window?.requests ?? 0, windowMinutes: T.trafficWindowMinutes },
    });
    flags.push({
      ...subject,
      kind: 'LATENCY_HIGH',
      firing: enoughTraffic && (window?.p95Ms ?? 0) > T.p95Ms,
      detail: { p95Ms: window?.p95Ms ?? null, windowMinutes: T.trafficWindowMinutes },
    });
    conditions.push(...flags);
    return {
      tenantId: clinic.id,
      reachable: probe.reachable,
      dbBytes: stats?.bytes ?? null,
      connections: stats?.connections ?? null,
      schemaVersion,
      latestSchemaVersion: latest,
      lastGoodBackupAt: backup?.lastGoodAt ?? null,
      lastVerifiedAt: backup?.lastVerifiedAt ?? null,
      storageBytes,
      storageLimitBytes: storageLimit,
      lastActivityAt: lastActivity.get(clinic.id) ?? null,
      flags: flags.filter((f) => f.firing).map((f) => f.kind),
    };
  });

  for (const server of servers) {
    const probe = probes.get(server.key)!;
    conditions.push({
      server: server.key,
      kind: 'SERVER_UNREACHABLE',
      firing: !probe.reachable,
      detail: { error: probe.error },
    });
    if (probe.reachable && probe.maxConnections)
      conditions.push({
        server: server.key,
        kind: 'SERVER_CONNECTIONS_HIGH',
        firing: probe.connections! > probe.maxConnections * T.serverConnectionsRatio,
        detail: { connections: probe.connections, maxConnections: probe.maxConnections },
      });
  }

  if (samples.length > 0)
    await pool.query(
      `insert into tenant_health_samples (tenant_id, reachable, db_bytes, connections, schema_version,
         latest_schema_version, last_good_backup_at, last_verified_at, storage_bytes, storage_limit_bytes,
         last_activity_at, flags)
       select * from jsonb_to_recordset($1::jsonb) as x(
         "tenantId" uuid, reachable boolean, "dbBytes" bigint, connections int, "schemaVersion" bigint,
         "latestSchemaVersion" bigint, "lastGoodBackupAt" timestamptz, "lastVerifiedAt" timestamptz,
         "storageBytes" bigint, "storageLimitBytes" bigint, "lastActivityAt" timestamptz, flags text[])`,
      [JSON.stringify(samples)],
    );
  await pool.query(
    `insert into db_server_health_samples (server, reachable, connections, max_connections, db_bytes, clinics)
     select * from jsonb_to_recordset($1::jsonb) as x(server text, reachable boolean, connections int,
       "maxConnections" int, "dbBytes" bigint, clinics int)`,
    [
      JSON.stringify(
        servers.map((s) => {
          const p = probes.get(s.key)!;
          return {
            server: s.key,
            reachable: p.reachable,
            connections: p.connections,
            maxConnections: p.maxConnections,
            dbBytes: serverBytes.get(s.key) ?? null,
            clinics: s.clinics,
          };
        }),
      ),
    ],
  );

  const { opened, resolved } = await syncAlerts(conditions);
  const slugs = new Map(clinics.map((c) => [c.id, c.slug]));
  for (const alert of opened) {
    log?.warn('alert opened', {
      alertId: alert.id,
      kind: alert.kind,
      tenantId: alert.tenantId,
      server: alert.server,
    });
    await sendAlertWebhook('opened', alert, alert.tenantId ? (slugs.get(alert.tenantId) ?? null) : null);
  }
  for (const alert of resolved) {
    log?.info('alert resolved', {
      alertId: alert.id,
      kind: alert.kind,
      tenantId: alert.tenantId,
      server: alert.server,
    });
    await sendAlertWebhook('resolved', alert, alert.tenantId ? (slugs.get(alert.tenantId) ?? null) : null);
  }
  await pruneHealthData();
  return {
    clinics: clinics.length,
    servers: servers.length,
    opened: opened.length,
    resolved: resolved.length,
  };
}

/** Keeps 14 days of traffic and samples, and resolved alerts for 90 days. */
async function pruneHealthData(): Promise<void> {
  const pool = ownerPool();
  const days = T.retentionDays;
  await pool.query(`delete from tenant_traffic_minutes where minute < now() - make_interval(days => $1)`, [
    days,
  ]);
  await pool.query(
    `delete from tenant_health_samples where recorded_at < now() - make_interval(days => $1)`,
    [days],
  );
  await pool.query(
    `delete from db_server_health_samples where recorded_at < now() - make_interval(days => $1)`,
    [days],
  );
  await pool.query(`delete from health_alerts where resolved_at < now() - interval '90 days'`);
}
