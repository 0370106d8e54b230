import type pg from 'pg';
import type { OwnerDb } from '@/server/owner/db/client';

/**
 * A per-clinic session advisory lock on the owner database, held for a whole backup. It keeps two backups of one
 * clinic apart across processes, and lets the sweep tell a running backup (lock held) from a dead one (a killed
 * process's connection, and so its lock, is gone).
 */
export type HeldLock = { release: () => Promise<void> };

export async function tryBackupLock(db: OwnerDb, tenantId: string): Promise<HeldLock | null> {
  const client: pg.PoolClient = await db.$client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      'select pg_try_advisory_lock(hashtext($1)) as locked',
      [`backup:${tenantId}`],
    );
    if (!rows[0]?.locked) {
      client.release();
      return null;
    }
  } catch (error) {
    client.release(true);
    throw error;
  }
  return {
    release: async () => {
      try {
        await client.query('select pg_advisory_unlock(hashtext($1))', [`backup:${tenantId}`]);
        client.release();
      } catch {
        client.release(true);
      }
    },
  };
}
