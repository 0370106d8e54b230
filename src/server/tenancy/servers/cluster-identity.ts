import type pg from 'pg';
import type { AdminCredentials } from '../cluster/cluster';
import { MAINTENANCE_DATABASE, withAdminClient } from '../cluster/admin-client';

/**
 * Which PostgreSQL cluster an admin connection reaches, so one server registered under two addresses (127.0.0.1
 * and localhost, a DNS alias) is recognised as one. Registering both is harmless for placement, but a "move"
 * between them would find the clinic's own live database as the leftover of an earlier attempt on the target and
 * drop it, so moves check this first.
 *
 * The identity is the cluster's system identifier where the admin may read pg_control_system(), else the
 * postmaster's start time (to the microsecond) and the port it listens on; both are the same from every address.
 */
async function clusterIdentity(client: pg.ClientBase): Promise<string> {
  try {
    const { rows } = await client.query<{ id: string }>(
      'select system_identifier::text as id from pg_control_system()',
    );
    if (rows[0]?.id) return `system:${rows[0].id}`;
  } catch {
    // not allowed for this admin: fall back to what every role may read
  }
  const { rows } = await client.query<{ id: string }>(
    "select pg_postmaster_start_time()::text || '@' || current_setting('port') as id",
  );
  return `started:${rows[0]!.id}`;
}

/** The identity of the cluster at an address; null when it cannot be reached (the caller's checks report that). */
async function clusterIdentityAt(server: Partial<AdminCredentials>): Promise<string | null> {
  return withAdminClient(MAINTENANCE_DATABASE, clusterIdentity, server).catch(() => null);
}

/** Both addresses reach the same cluster (false when either cannot be reached). */
export async function isSameCluster(
  a: Partial<AdminCredentials>,
  b: Partial<AdminCredentials>,
): Promise<boolean> {
  const [first, second] = await Promise.all([clusterIdentityAt(a), clusterIdentityAt(b)]);
  return first !== null && first === second;
}
