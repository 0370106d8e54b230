import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { instrumentedClient } from '@/server/shared/observability/instrumented-client';
import { clusterConfig } from '@/server/tenancy/cluster/cluster';
import * as schema from './schema';

export type OwnerDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

type OwnerHandles = { pool: pg.Pool; db: OwnerDb };

// Kept on globalThis: Next.js may evaluate this module once per bundle, but the process needs one pool.
const GLOBAL_KEY = Symbol.for('smartdmv.ownerDb');
const registry = globalThis as unknown as { [GLOBAL_KEY]?: OwnerHandles };

function handles(): OwnerHandles {
  let current = registry[GLOBAL_KEY];
  if (!current) {
    const pool = new pg.Pool({
      connectionString: clusterConfig().ownerDatabaseUrl,
      Client: instrumentedClient('owner'),
      max: 10,
      idleTimeoutMillis: 30_000,
      // Bounded wait for a connection: an unreachable database answers 503 instead of hanging the request.
      connectionTimeoutMillis: 5_000,
      // Let CLIs and one-liners exit once their queries are done.
      allowExitOnIdle: true,
      application_name: 'smartdmv-owner',
    });
    pool.on('error', () => {
      // An idle client died (server restart); the pool replaces it on next use.
    });
    const db: OwnerDb = drizzle(pool, { schema, casing: 'snake_case' });
    current = { pool, db };
    registry[GLOBAL_KEY] = current;
  }
  return current;
}

/** The owner (control plane) database, created on first use. */
export const ownerDb: OwnerDb = new Proxy({} as OwnerDb, {
  get(_target, property) {
    const db = handles().db as unknown as Record<string | symbol, unknown>;
    const value = db[property];
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(db) : value;
  },
});

export function ownerPool(): pg.Pool {
  return handles().pool;
}

export async function closeOwnerDb(): Promise<void> {
  const current = registry[GLOBAL_KEY];
  registry[GLOBAL_KEY] = undefined;
  await current?.pool.end();
}
