import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { env } from '@/env';
import { instrumentedClient } from '@/server/shared/observability/instrumented-client';
import * as tenantSchema from '@/server/tenant/db/schema';

/**
 * One pg pool per tenant, connecting as the tenant's own role. Pools are created lazily (concurrent first calls
 * share one), leased for the length of a request, and evicted least-recently-used when the global budget is
 * full. The budget counts live and closing pools at their maximum size, so the number of tenant connections can
 * never exceed TENANT_POOL_MAX_TOTAL however many tenants are active. An evicted pool finishes its in-flight
 * queries before it closes (pg's Pool.end waits for checked-out clients).
 */

export type TenantDb = NodePgDatabase<typeof tenantSchema> & { $client: pg.Pool };

export type TenantConnectionInfo = {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
};

const CLIENT_END_TIMEOUT_MS = 5_000;

/** Resolves when the client's socket has closed, or after a bound (a dead network never reports it). */
function waitForEnd(client: pg.PoolClient): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, CLIENT_END_TIMEOUT_MS);
    timer.unref();
    client.once('end', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

type Entry = {
  tenantId: string;
  pool: pg.Pool;
  /** Connected clients whose socket has not closed yet. */
  clients: Set<pg.PoolClient>;
  db: TenantDb;
  leases: number;
  lastUsed: number;
};

export type Lease = { db: TenantDb; release: () => void };

export type PoolRegistryOptions = {
  maxTotal: number;
  maxPerTenant: number;
  idleMs: number;
  loadConnectionInfo: (tenantId: string) => Promise<TenantConnectionInfo>;
};

export class TenantPoolRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly creating = new Map<string, Promise<Entry>>();
  private closingPools = 0;
  /** Pools being ended (evicted in the background included), so closeAll() can wait for them too. */
  private readonly closing = new Set<Promise<void>>();
  private readonly waiters: Array<() => void> = [];
  readonly maxPools: number;

  constructor(private readonly options: PoolRegistryOptions) {
    this.maxPools = Math.max(1, Math.floor(options.maxTotal / options.maxPerTenant));
  }

  /** Leases the tenant's database for one unit of work; call release() when done (finally). */
  async lease(tenantId: string): Promise<Lease> {
    const entry = await this.entry(tenantId);
    entry.leases++;
    entry.lastUsed = Date.now();
    let released = false;
    return {
      db: entry.db,
      release: () => {
        if (released) return;
        released = true;
        entry.leases--;
        entry.lastUsed = Date.now();
        if (entry.leases === 0) this.wakeOne();
      },
    };
  }

  /** Runs fn with the tenant's database, releasing the lease afterwards. */
  async withDb<T>(tenantId: string, fn: (db: TenantDb) => Promise<T>): Promise<T> {
    const lease = await this.lease(tenantId);
    try {
      return await fn(lease.db);
    } finally {
      lease.release();
    }
  }

  /** An unleased handle (CLI and one-off use): it may be evicted under pressure from other tenants. */
  async handle(tenantId: string): Promise<TenantDb> {
    const entry = await this.entry(tenantId);
    entry.lastUsed = Date.now();
    return entry.db;
  }

  /** Closes a tenant's pool now (suspension, deletion, credential change). In-flight queries finish first. */
  async close(tenantId: string): Promise<void> {
    const pending = this.creating.get(tenantId);
    if (pending) await pending.catch(() => {});
    const entry = this.entries.get(tenantId);
    if (!entry) return;
    this.entries.delete(tenantId);
    await this.endPool(entry);
  }

  /** Closes every pool, and waits for pools evicted earlier that are still finishing. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.entries.keys()].map((id) => this.close(id)));
    await Promise.all([...this.closing]);
  }

  openTenantIds(): string[] {
    return [...this.entries.keys()];
  }

  /** Connection figures for the metrics endpoint (active = checked out, idle = pooled, waiting = queued callers). */
  connectionStats() {
    let active = 0;
    let idle = 0;
    let waiting = this.waiters.length;
    for (const entry of this.entries.values()) {
      idle += entry.pool.idleCount;
      active += entry.pool.totalCount - entry.pool.idleCount;
      waiting += entry.pool.waitingCount;
    }
    return {
      active,
      idle,
      waiting,
      pools: this.entries.size,
      closing: this.closingPools,
      evictions: this.evictions,
    };
  }

  /** Pools ended to make room for another tenant since this registry started. */
  evictions = 0;

  stats() {
    let connections = 0;
    for (const entry of this.entries.values()) connections += entry.pool.totalCount;
    return { pools: this.entries.size, closing: this.closingPools, connections, maxPools: this.maxPools };
  }

  private async entry(tenantId: string): Promise<Entry> {
    const existing = this.entries.get(tenantId);
    if (existing) return existing;
    let pending = this.creating.get(tenantId);
    if (!pending) {
      pending = this.create(tenantId).finally(() => this.creating.delete(tenantId));
      this.creating.set(tenantId, pending);
    }
    return pending;
  }

  private async create(tenantId: string): Promise<Entry> {
    const info = await this.options.loadConnectionInfo(tenantId);
    await this.reserveSlot();
    this.reserved--;
    const pool = new pg.Pool({
      ...info,
      // Times each connect for db_connect_duration_seconds and logs slow statements (SLOW_QUERY_MS).
      Client: instrumentedClient('tenant'),
      max: this.options.maxPerTenant,
      idleTimeoutMillis: this.options.idleMs,
      allowExitOnIdle: true,
      application_name: 'smartdmv-tenant',
    });
    pool.on('error', () => {
      // An idle client was terminated (e.g. tenant suspended); the pool drops it.
    });
    const clients = new Set<pg.PoolClient>();
    pool.on('connect', (client) => {
      clients.add(client);
      client.once('end', () => clients.delete(client));
    });
    const db: TenantDb = drizzle(pool, { schema: tenantSchema, casing: 'snake_case' });
    const entry: Entry = {
      tenantId,
      pool,
      clients,
      db,
      leases: 0,
      lastUsed: Date.now(),
    };
    this.entries.set(tenantId, entry);
    return entry;
  }

  /** Waits until a new pool fits in the budget, evicting the least recently used idle pool when full. */
  private async reserveSlot(): Promise<void> {
    for (;;) {
      if (this.entries.size + this.closingPools + this.reserved < this.maxPools) {
        // Taken synchronously with the check, so concurrent creators cannot both see the same free slot.
        this.reserved++;
        return;
      }
      const victim = this.leastRecentlyUsedIdle();
      if (victim) {
        this.entries.delete(victim.tenantId);
        this.evictions++;
        // Not awaited: the slot stays counted in closingPools until end() resolves.
        void this.endPool(victim);
        continue;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Slots promised to pools being created. */
  private reserved = 0;

  private leastRecentlyUsedIdle(): Entry | undefined {
    let victim: Entry | undefined;
    for (const entry of this.entries.values()) {
      if (entry.leases === 0 && (!victim || entry.lastUsed < victim.lastUsed)) victim = entry;
    }
    return victim;
  }

  private endPool(entry: Entry): Promise<void> {
    const done = this.endPoolNow(entry).finally(() => this.closing.delete(done));
    this.closing.add(done);
    return done;
  }

  private async endPoolNow(entry: Entry): Promise<void> {
    this.closingPools++;
    try {
      await entry.pool.end();
      // pg-pool's end() resolves once every client has been *asked* to end, before their sockets close; the slot is
      // only free when the server side is gone too (PostgreSQL keeps the socket open until the backend has exited).
      await Promise.all([...entry.clients].map(waitForEnd));
    } catch {
      // Already ended.
    } finally {
      this.closingPools--;
      this.wakeOne();
    }
  }

  private wakeOne(): void {
    // Wake everyone: each waiter re-checks the budget and the losers wait again.
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}

const GLOBAL_KEY = Symbol.for('smartdmv.tenantPools');
const globalRegistry = globalThis as unknown as { [GLOBAL_KEY]?: TenantPoolRegistry };

// On globalThis like the registry itself: Next.js may load this module once per route bundle, and the registry
// created by one copy must see the loader set through another.
const LOADER_KEY = Symbol.for('smartdmv.tenantConnectionLoader');
const globalLoader = globalThis as unknown as { [LOADER_KEY]?: PoolRegistryOptions['loadConnectionInfo'] };

/** Set once by tenant-connection.ts; kept injectable so this module has no owner-database import. */
export function setConnectionInfoLoader(fn: PoolRegistryOptions['loadConnectionInfo']): void {
  globalLoader[LOADER_KEY] = fn;
}

/** The process-wide registry. */
export function tenantPools(): TenantPoolRegistry {
  let registry = globalRegistry[GLOBAL_KEY];
  if (!registry) {
    const e = env();
    registry = new TenantPoolRegistry({
      maxTotal: e.TENANT_POOL_MAX_TOTAL,
      maxPerTenant: e.TENANT_POOL_MAX_PER_TENANT,
      idleMs: e.TENANT_POOL_IDLE_MS,
      loadConnectionInfo: (tenantId) => {
        const loader = globalLoader[LOADER_KEY];
        if (!loader)
          throw new Error(
            'tenant connection loader not configured: import @/server/tenancy/tenant-connection',
          );
        return loader(tenantId);
      },
    });
    globalRegistry[GLOBAL_KEY] = registry;
  }
  return registry;
}
