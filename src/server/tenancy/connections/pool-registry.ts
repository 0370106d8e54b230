import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { AppError } from '@/server/shared/errors';
import { instrumentedClient } from '@/server/shared/observability/instrumented-client';
import * as tenantSchema from '@/server/tenant/db/schema';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { TenantPool } from './tenant-pool';

/**
 * Every tenant connection of this process, under one budget counted in connections: a clinic with one open
 * connection costs one, however large it may grow. The rules, in order:
 * - a request reuses one of its clinic's idle connections;
 * - else it opens one, while its clinic holds fewer than maxPerTenant and the process fewer than maxTotal;
 * - when the process is at maxTotal, an idle connection of the clinic used least lately per open connection is
 *   closed before anyone waits (heat: requests counted with a HEAT_HALF_LIFE_MS half-life; ties go to the
 *   longest idle). A clinic seen once is the first to give its connection up again, so a few cold clinics cannot
 *   push out the busy ones, which is what plain least-recently-used does under Zipf-like popularity. A connection
 *   counts against the cap until its socket has closed, so pg_stat_activity never shows more than maxTotal;
 * - when clinics without any connection wait and no idle connection is left to close, a clinic holding more than
 *   one gives its released connections back instead of reusing them, so a busy clinic grows to maxPerTenant only
 *   while others are served;
 * - a clinic that has a connection and wants another closes only connections idle for over a second (else it
 *   waits for its own), so round-robin load does not make clinics close each other's connections;
 * - busy connections are never closed: in-flight queries always finish.
 * Nothing here holds a session across a checkout, so the address may be a PgBouncer in transaction mode.
 */

export type TenantConnectionInfo = {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
};

export type Lease = { db: TenantDb; release: () => void };

export type PoolRegistryOptions = {
  maxTotal: number;
  maxPerTenant: number;
  idleMs: number;
  loadConnectionInfo: (tenantId: string) => Promise<TenantConnectionInfo>;
  /** How long a caller may wait for a connection before a 503 (default POOL_ACQUIRE_TIMEOUT_MS). */
  acquireTimeoutMs?: number;
  connectTimeoutMs?: number;
};

const CLIENT_END_TIMEOUT_MS = 5_000;
/** How long a request waits for a tenant connection (new or pooled) before it is answered 503. */
export const POOL_ACQUIRE_TIMEOUT_MS = 5_000;
/** How long a connection must have been idle before another clinic may close it just to grow. */
const GROW_IDLE_MS = 1_000;
/** A clinic's heat halves over this time without requests. */
const HEAT_HALF_LIFE_MS = 10_000;

type Idle = { client: pg.Client; since: number; timer: NodeJS.Timeout };
type Waiter = { resolve: (client: pg.PoolClient) => void; reject: (error: Error) => void };

type Entry = {
  tenantId: string;
  info: TenantConnectionInfo;
  db: TenantDb;
  /** Connections of this clinic that are open or opening (counted in the budget). */
  connections: number;
  opening: number;
  busy: number;
  /** Most recently released last. */
  idle: Idle[];
  queue: Waiter[];
  leases: number;
  lastUsed: number;
  /** Requests for a connection, decayed with HEAT_HALF_LIFE_MS, as of heatAt: how busy the clinic is lately. */
  heat: number;
  heatAt: number;
  closed: boolean;
  /** Resolves when a closed entry has no connection left. */
  drained?: () => void;
};

export class TenantPoolRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly creating = new Map<string, Promise<Entry>>();
  /** Connections counted against the cap: opening, busy, idle and closing (until their socket has closed). */
  private total = 0;
  private closingCount = 0;
  /** Clinics waiting for a slot under the cap, first come first served (an entry may appear once). */
  private readonly starving: Entry[] = [];
  private readonly endings = new Set<Promise<void>>();
  private peak = 0;
  private connects = 0;

  constructor(private readonly options: PoolRegistryOptions) {}

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

  /** An unleased handle (CLI and one-off use); its connections come from the same budget. */
  async handle(tenantId: string): Promise<TenantDb> {
    const entry = await this.entry(tenantId);
    entry.lastUsed = Date.now();
    return entry.db;
  }

  /**
   * Closes a tenant's connections now (suspension, deletion, credential change, move) and forgets its connection
   * info. In-flight queries finish first; the next request loads the connection info afresh.
   */
  async close(tenantId: string): Promise<void> {
    const pending = this.creating.get(tenantId);
    if (pending) await pending.catch(() => {});
    const entry = this.entries.get(tenantId);
    if (!entry) return;
    this.entries.delete(tenantId);
    await this.closeEntry(entry);
  }

  /** Closes every connection, and waits for connections closed earlier that are still finishing. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.entries.keys()].map((id) => this.close(id)));
    await Promise.all([...this.endings]);
  }

  openTenantIds(): string[] {
    return [...this.entries.keys()];
  }

  /** Where the open entry of a tenant connects (to notice moves); never the password. */
  connectionInfoOf(tenantId: string): Omit<TenantConnectionInfo, 'password'> | undefined {
    const info = this.entries.get(tenantId)?.info;
    return info && { host: info.host, port: info.port, database: info.database, user: info.user };
  }

  /** Connection figures for the metrics endpoint (active = checked out, idle = kept open, waiting = queued callers). */
  connectionStats() {
    const s = this.stats();
    return {
      active: s.connections - s.idle,
      idle: s.idle,
      waiting: s.waiting,
      pools: s.pools,
      closing: s.closing,
      evictions: this.evictions,
    };
  }

  /** Idle connections closed to make room for another clinic since this registry started. */
  private evictions = 0;

  stats() {
    let idle = 0;
    let waiting = 0;
    for (const entry of this.entries.values()) {
      idle += entry.idle.length;
      waiting += entry.queue.length;
    }
    return {
      pools: this.entries.size,
      connections: this.total,
      idle,
      closing: this.closingCount,
      waiting,
      peakConnections: this.peak,
      connects: this.connects,
      maxTotal: this.options.maxTotal,
      maxPerTenant: this.options.maxPerTenant,
    };
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
    this.pruneForgottenEntries();
    const entry = {
      tenantId,
      info,
      connections: 0,
      opening: 0,
      busy: 0,
      idle: [],
      queue: [],
      leases: 0,
      lastUsed: Date.now(),
      heat: 0,
      heatAt: Date.now(),
      closed: false,
    } as unknown as Entry;
    const pool = new TenantPool({
      acquire: () => this.acquire(entry),
      counts: () => ({ total: entry.connections, idle: entry.idle.length, waiting: entry.queue.length }),
      end: () => this.closeEntry(entry),
    });
    entry.db = drizzle(pool, { schema: tenantSchema, casing: 'snake_case' });
    this.entries.set(tenantId, entry);
    return entry;
  }

  /** Bounded memory with thousands of clinics: entries with nothing open and unused for idleMs are dropped. */
  private pruneForgottenEntries(): void {
    if (this.entries.size < this.options.maxTotal * 4) return;
    const cutoff = Date.now() - this.options.idleMs;
    for (const [id, entry] of this.entries) {
      if (
        entry.connections === 0 &&
        entry.leases === 0 &&
        entry.queue.length === 0 &&
        entry.lastUsed < cutoff
      )
        this.entries.delete(id);
    }
  }

  private acquire(entry: Entry): Promise<pg.PoolClient> {
    if (entry.closed)
      return Promise.reject(
        new AppError(503, 'SERVICE_UNAVAILABLE', 'This clinic is being reconnected. Please try again.', {
          retryAfterSeconds: 2,
        }),
      );
    const now = Date.now();
    entry.lastUsed = now;
    entry.heat = heatAt(entry, now) + 1;
    entry.heatAt = now;
    const idle = entry.idle.pop();
    if (idle) {
      clearTimeout(idle.timer);
      return Promise.resolve(this.checkout(entry, idle.client));
    }
    return new Promise<pg.PoolClient>((resolve, reject) => {
      const timeoutMs = this.options.acquireTimeoutMs ?? POOL_ACQUIRE_TIMEOUT_MS;
      const waiter: Waiter = {
        resolve: (client) => {
          clearTimeout(timer);
          resolve(client);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        const index = entry.queue.indexOf(waiter);
        if (index >= 0) entry.queue.splice(index, 1);
        reject(
          new AppError(
            503,
            'SERVICE_UNAVAILABLE',
            'The clinic database is busy right now. Please try again.',
            {
              retryAfterSeconds: 2,
            },
          ),
        );
      }, timeoutMs);
      timer.unref();
      entry.queue.push(waiter);
      this.grow(entry);
    });
  }

  /** How many more connections the entry wants: one per waiter not covered by a connection being opened. */
  private demand(entry: Entry): number {
    if (entry.closed) return 0;
    const room = this.options.maxPerTenant - entry.connections;
    return Math.max(0, Math.min(entry.queue.length - entry.opening, room));
  }

  /** Opens connections for the entry within the budget, or queues it for a slot (closing idle ones to make room). */
  private grow(entry: Entry): void {
    while (this.demand(entry) > 0 && this.total < this.options.maxTotal) this.open(entry);
    if (this.demand(entry) > 0 && !this.starving.includes(entry)) this.starving.push(entry);
    this.makeRoom();
  }

  /**
   * Closes idle connections of the coldest clinics (any clinic) until the closing ones cover what starving clinics
   * need. A clinic with no connection takes any idle one at once; a clinic that already has one and only wants to
   * grow takes only connections idle for GROW_IDLE_MS, else it waits for its own: otherwise clinics under
   * round-robin load would keep closing each other's connections.
   */
  private makeRoom(): void {
    let covered = this.closingCount + Math.max(0, this.options.maxTotal - this.total);
    const now = Date.now();
    for (const entry of this.starving) {
      let want = this.demand(entry);
      while (want > 0) {
        if (covered > 0) {
          covered--;
          want--;
          continue;
        }
        const victim = this.coldestIdle(entry.connections === 0 ? Infinity : now - GROW_IDLE_MS, now);
        if (!victim) break;
        victim.entry.idle.splice(victim.entry.idle.indexOf(victim.idle), 1);
        clearTimeout(victim.idle.timer);
        this.destroy(victim.idle.client);
        this.evictions++;
        want--;
      }
    }
  }

  /**
   * The longest-idle connection of the clinic with the least heat per open connection (what one more of its
   * connections is worth), among connections idle since before idleBefore. Per connection, so a busy clinic's
   * spare connections go before a quieter clinic's only one.
   */
  private coldestIdle(idleBefore: number, now: number): { entry: Entry; idle: Idle } | undefined {
    let best: { entry: Entry; idle: Idle; worth: number } | undefined;
    for (const entry of this.entries.values()) {
      const oldest = entry.idle[0];
      if (!oldest || oldest.since >= idleBefore) continue;
      const worth = heatAt(entry, now) / entry.connections;
      if (!best || worth < best.worth || (worth === best.worth && oldest.since < best.idle.since))
        best = { entry, idle: oldest, worth };
    }
    // Closed entries are no longer in the map, and hold no idle connection anyway.
    return best;
  }

  /** First connections that starving clinics still need once closing connections and free slots are counted. */
  private uncoveredFirstConnections(except: Entry): number {
    let needed = 0;
    for (const e of this.starving) if (e !== except && e.connections === 0 && this.demand(e) > 0) needed++;
    return needed - this.closingCount - Math.max(0, this.options.maxTotal - this.total);
  }

  /** A slot came free: give it to the first clinic still waiting for one. */
  private serveStarving(): void {
    while (this.starving.length > 0 && this.total < this.options.maxTotal) {
      // Clinics with no connection at all first: growing a clinic that has one can wait.
      const index = Math.max(
        0,
        this.starving.findIndex((e) => e.connections === 0 && this.demand(e) > 0),
      );
      const entry = this.starving[index]!;
      if (this.demand(entry) === 0) {
        this.starving.splice(index, 1);
        continue;
      }
      this.open(entry);
      if (this.demand(entry) === 0) this.starving.splice(index, 1);
    }
    this.makeRoom();
  }

  private open(entry: Entry): void {
    this.total++;
    this.peak = Math.max(this.peak, this.total);
    this.connects++;
    entry.connections++;
    entry.opening++;
    // Times each connect for db_connect_duration_seconds and logs slow statements (SLOW_QUERY_MS).
    const Client = instrumentedClient('tenant');
    const client = new Client({
      ...entry.info,
      application_name: 'smartdmv-tenant',
      connectionTimeoutMillis: this.options.connectTimeoutMs ?? 10_000,
    });
    // An idle client terminated by the server (suspension, restart) reports here; it is dropped on 'end'.
    client.on('error', () => {});
    let ended = false;
    const ending = new Promise<void>((resolve) => {
      client.once('end', () => {
        ended = true;
        resolve();
      });
    });
    const forgotten = ending.then(() => this.forget(entry, client));
    this.endings.add(forgotten);
    void forgotten.finally(() => this.endings.delete(forgotten));
    client.connect().then(
      () => {
        entry.opening--;
        if (ended) return;
        this.handOver(entry, client, true);
      },
      (error: Error) => {
        entry.opening--;
        // pg ends the socket on a failed connect; make sure the slot is freed even if 'end' never came.
        if (!ended) client.emit('end');
        // The same answer as any connection-class failure: 503 SERVICE_UNAVAILABLE with Retry-After.
        const unavailable = new AppError(
          503,
          'SERVICE_UNAVAILABLE',
          'The clinic database cannot be reached right now. Please try again shortly.',
          { retryAfterSeconds: 5 },
        );
        unavailable.cause = error;
        entry.queue.shift()?.reject(unavailable);
      },
    );
  }

  /** A connection is free: the clinic's next waiter gets it, else it idles (or makes room for a starving clinic). */
  private handOver(entry: Entry, client: pg.Client, fresh = false): void {
    if (entry.closed) return this.destroy(client);
    if (!fresh && entry.connections > 1 && this.uncoveredFirstConnections(entry) > 0) {
      // Fair share: no idle connection was left to close, so give this one back for a clinic that has none.
      this.destroy(client);
      return;
    }
    const waiter = entry.queue.shift();
    if (waiter) {
      waiter.resolve(this.checkout(entry, client));
      return;
    }
    const idle: Idle = {
      client,
      since: Date.now(),
      timer: setTimeout(() => {
        const index = entry.idle.indexOf(idle);
        if (index < 0) return;
        entry.idle.splice(index, 1);
        this.destroy(client);
      }, this.options.idleMs),
    };
    idle.timer.unref();
    entry.idle.push(idle);
    if (this.starving.length > 0) this.makeRoom();
  }

  private checkout(entry: Entry, client: pg.Client): pg.PoolClient {
    entry.busy++;
    let released = false;
    const poolClient = client as pg.PoolClient;
    poolClient.release = (error?: Error | boolean) => {
      if (released) return;
      released = true;
      entry.busy--;
      entry.lastUsed = Date.now();
      if (error) this.destroy(client);
      else this.handOver(entry, client);
    };
    return poolClient;
  }

  private destroy(client: pg.Client): void {
    this.closingCount++;
    const timer = setTimeout(() => client.emit('end'), CLIENT_END_TIMEOUT_MS);
    timer.unref();
    client.once('end', () => {
      clearTimeout(timer);
      this.closingCount--;
    });
    void client.end().catch(() => {});
  }

  /** The socket closed: the slot is free for whoever waits. */
  private forget(entry: Entry, client: pg.Client): void {
    this.total--;
    entry.connections--;
    const index = entry.idle.findIndex((i) => i.client === client);
    if (index >= 0) {
      clearTimeout(entry.idle[index]!.timer);
      entry.idle.splice(index, 1);
    }
    if (entry.closed && entry.connections === 0) entry.drained?.();
    // The clinic's own waiters may need a replacement (e.g. the server dropped a connection).
    if (!entry.closed && this.demand(entry) > 0 && !this.starving.includes(entry)) this.starving.push(entry);
    this.serveStarving();
  }

  private async closeEntry(entry: Entry): Promise<void> {
    if (this.entries.get(entry.tenantId) === entry) this.entries.delete(entry.tenantId);
    entry.closed = true;
    const starvingAt = this.starving.indexOf(entry);
    if (starvingAt >= 0) this.starving.splice(starvingAt, 1);
    for (const idle of entry.idle.splice(0)) {
      clearTimeout(idle.timer);
      this.destroy(idle.client);
    }
    // Requests still waiting are retried by their callers against a fresh entry.
    for (const waiter of entry.queue.splice(0))
      waiter.reject(
        new AppError(503, 'SERVICE_UNAVAILABLE', 'This clinic is being reconnected. Please try again.', {
          retryAfterSeconds: 2,
        }),
      );
    if (entry.connections === 0) return;
    await new Promise<void>((resolve) => (entry.drained = resolve));
  }
}

/** The entry's heat decayed to `now`. */
function heatAt(entry: Entry, now: number): number {
  return entry.heat * Math.pow(2, -(now - entry.heatAt) / HEAT_HALF_LIFE_MS);
}
