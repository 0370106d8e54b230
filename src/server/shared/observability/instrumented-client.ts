/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/unbound-method -- pg's overloaded query/connect are forwarded untouched, with their own `this` */
import pg from 'pg';
import { answerScramSynchronously } from '../db/sync-scram';
import { logger } from '../logger';
import { instrumentationEnabled, metrics } from './metrics';
import { currentRequestContext, runInRequestContext, type RequestContext } from './request-context';

/**
 * A pg.Client for the owner and tenant pools (pg.Pool's `Client` option) that times each connect
 * (db_connect_duration_seconds) and logs any statement slower than SLOW_QUERY_MS (default 500) with its clinic,
 * route and statement text. Never the parameter values: they are personal data and secrets as often as not.
 * It answers SCRAM synchronously where it can (db/sync-scram.ts): connects are on every clinic's first request.
 */
type Plane = 'owner' | 'tenant';

function slowQueryMs(): number {
  const value = Number(process.env.SLOW_QUERY_MS);
  return Number.isFinite(value) && value > 0 ? value : 500;
}

const classes = new Map<Plane, typeof pg.Client>();

export function instrumentedClient(plane: Plane): typeof pg.Client {
  const existing = classes.get(plane);
  if (existing) return existing;
  class InstrumentedClient extends pg.Client {}
  answerScramSynchronously(InstrumentedClient);
  const proto = InstrumentedClient.prototype as any;
  const baseConnect = pg.Client.prototype.connect as any;
  const baseQuery = pg.Client.prototype.query as any;

  proto.connect = function connect(this: pg.Client, callback?: (error?: Error) => void) {
    const started = performance.now();
    const observe = () => metrics().connectDuration.observe({ plane }, (performance.now() - started) / 1000);
    if (typeof callback === 'function')
      return baseConnect.call(this, (error?: Error) => {
        observe();
        callback(error);
      });
    const promise = baseConnect.call(this);
    promise.then(observe, observe);
    return promise;
  };

  proto.query = function query(this: pg.Client, ...args: any[]) {
    const first = args[0];
    const text: unknown = typeof first === 'string' ? first : first?.text;
    if (typeof text !== 'string' || !instrumentationEnabled()) return baseQuery.apply(this, args);
    const started = performance.now();
    const database = (this as unknown as { database?: string }).database;
    // Taken now: the completion callback runs in the context of whoever opened the connection.
    const context = currentRequestContext();
    const report = () => {
      const ms = performance.now() - started;
      if (ms >= slowQueryMs())
        runInRequestContext(context, () => reportSlowQuery(plane, text, ms, database, context));
    };
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = function (this: unknown, error: unknown, result: unknown) {
        report();
        return last.call(this, error, result);
      };
      return baseQuery.apply(this, args);
    }
    const result = baseQuery.apply(this, args);
    if (result && typeof result.then === 'function') result.then(report, report);
    return result;
  };

  classes.set(plane, InstrumentedClient);
  return InstrumentedClient;
}

function reportSlowQuery(
  plane: Plane,
  text: string,
  ms: number,
  database: string | undefined,
  context: RequestContext | undefined,
): void {
  metrics().slowQueries.inc({ plane });
  logger.warn('slow query', {
    pool: plane,
    clinic: context?.clinic,
    route: context?.route,
    database,
    durationMs: Math.round(ms),
    statement: text.length > 2000 ? `${text.slice(0, 2000)}…` : text,
  });
}
