import pg from 'pg';

/**
 * The pg.Pool face of one clinic's connections, handed to drizzle (which needs a Pool for transactions: it calls
 * connect() and release()). It owns no sockets: every connect() asks the registry, which counts connections across
 * all clinics. Subclassing pg.Pool keeps `instanceof pg.Pool` true for drizzle and for code that reads `$client`;
 * none of the parent's own pooling runs.
 */

export type ConnectionSource = {
  acquire(): Promise<pg.PoolClient>;
  counts(): { total: number; idle: number; waiting: number };
  end(): Promise<void>;
};

type QueryArgs = [config: string | pg.QueryConfig, values?: unknown[]];

export class TenantPool extends pg.Pool {
  constructor(private readonly source: ConnectionSource) {
    super({ max: 1 });
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg.Pool.connect is overloaded (callback or promise)
  override connect(...args: any[]): any {
    const promise = this.source.acquire();
    const callback = args[0] as
      ((err?: Error, client?: pg.PoolClient, done?: () => void) => void) | undefined;
    if (typeof callback !== 'function') return promise;
    promise.then(
      (client) => callback(undefined, client, () => client.release()),
      (error: Error) => callback(error),
    );
    return undefined;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg.Pool.query has a dozen overloads; we support the promise ones
  override query(...args: any[]): any {
    const [config, values] = args as QueryArgs;
    return this.runQuery(config, values);
  }

  private async runQuery(config: string | pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult> {
    const client = await this.source.acquire();
    let failed: Error | undefined;
    try {
      return await client.query(config, values);
    } catch (error) {
      // A broken connection must not go back to the idle list; a plain SQL error leaves it usable.
      if (!(error instanceof Error && 'severity' in error)) failed = error as Error;
      throw error;
    } finally {
      client.release(failed);
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the overloaded callback form is accepted too
  override end(...args: any[]): any {
    const promise = this.source.end();
    const callback = args[0] as (() => void) | undefined;
    if (typeof callback === 'function') void promise.then(callback, callback);
    else return promise;
    return undefined;
  }
}

// Accessors over the counts the registry keeps (pg's typings declare them as plain properties, so not in the class).
for (const [name, pick] of [
  ['totalCount', 'total'],
  ['idleCount', 'idle'],
  ['waitingCount', 'waiting'],
] as const) {
  Object.defineProperty(TenantPool.prototype, name, {
    get(this: { source: ConnectionSource }) {
      return this.source.counts()[pick];
    },
  });
}
