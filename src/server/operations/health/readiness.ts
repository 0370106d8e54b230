import { ownerPool } from '@/server/owner/db/client';
import { listDbServers, probeServer } from './db-servers';

/**
 * Readiness (GET /api/health/ready): the owner database answers, the job workers are alive, and every database
 * server with an ACTIVE clinic is reachable. Workers run in their own process (scripts/worker.ts), so they are
 * judged by pg-boss's own heartbeat: its scheduler stamps `pgboss.version.cron_on` every 30 s while a worker runs.
 */
const WORKER_HEARTBEAT_MAX_AGE_SECONDS = 120;

export type Readiness = {
  ready: boolean;
  ownerDatabase: 'up' | 'down';
  workers: 'up' | 'down';
  servers: Array<{ server: string; status: 'up' | 'down'; activeClinics: number }>;
  down: string[];
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);
}

export async function checkReadiness(): Promise<Readiness> {
  const down: string[] = [];
  let ownerUp = true;
  try {
    await withTimeout(ownerPool().query('select 1'), 2_000);
  } catch {
    ownerUp = false;
    down.push('ownerDatabase');
  }
  let workersUp = false;
  let servers: Readiness['servers'] = [];
  if (ownerUp) {
    try {
      const { rows } = await ownerPool().query<{ fresh: boolean }>(
        `select coalesce(max(cron_on) > now() - make_interval(secs => $1), false) as fresh
           from pgboss.version`,
        [WORKER_HEARTBEAT_MAX_AGE_SECONDS],
      );
      workersUp = rows[0]?.fresh ?? false;
    } catch {
      workersUp = false;
    }
    const active = (await listDbServers()).filter((s) => s.activeClinics > 0);
    servers = await Promise.all(
      active.map(async (s) => ({
        server: s.key,
        status: (await probeServer(s)).reachable ? ('up' as const) : ('down' as const),
        activeClinics: s.activeClinics,
      })),
    );
  }
  if (!workersUp) down.push('workers');
  for (const s of servers) if (s.status === 'down') down.push(`server ${s.server}`);
  return {
    ready: down.length === 0,
    ownerDatabase: ownerUp ? 'up' : 'down',
    workers: workersUp ? 'up' : 'down',
    servers,
    down,
  };
}
