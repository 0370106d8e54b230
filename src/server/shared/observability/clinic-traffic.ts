/**
 * Per-clinic, per-minute traffic of this process: request count, 5xx count and a latency histogram (counts per
 * bucket, not cumulative). Kept in memory and drained by the flusher (server/operations/health/traffic-flusher.ts),
 * which adds it to the owner database so figures from several app processes sum, and p95 comes from the merged
 * histogram. Bounded: one entry per clinic per minute until the next flush.
 */

/** Upper bounds in milliseconds; the last bucket is everything slower. Shared with the p95 computation. */
const CLINIC_LATENCY_BOUNDS_MS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];
const CLINIC_LATENCY_BUCKETS = CLINIC_LATENCY_BOUNDS_MS.length + 1;

export type TrafficCell = {
  tenantId: string;
  minute: Date;
  requests: number;
  errors: number;
  buckets: number[];
};

type State = { cells: Map<string, TrafficCell>; onFirstRecord?: () => void };
const KEY = Symbol.for('smartdmv.clinicTraffic');
const holder = globalThis as unknown as { [KEY]?: State };
const state = (): State => (holder[KEY] ??= { cells: new Map() });

export function bucketIndex(ms: number): number {
  for (let i = 0; i < CLINIC_LATENCY_BOUNDS_MS.length; i++) if (ms <= CLINIC_LATENCY_BOUNDS_MS[i]!) return i;
  return CLINIC_LATENCY_BOUNDS_MS.length;
}

export function recordClinicRequest(
  tenantId: string,
  durationMs: number,
  status: number,
  at = Date.now(),
): void {
  const s = state();
  const minuteMs = at - (at % 60_000);
  const key = `${tenantId}|${minuteMs}`;
  let cell = s.cells.get(key);
  if (!cell) {
    cell = {
      tenantId,
      minute: new Date(minuteMs),
      requests: 0,
      errors: 0,
      buckets: new Array<number>(CLINIC_LATENCY_BUCKETS).fill(0),
    };
    s.cells.set(key, cell);
    s.onFirstRecord?.();
  }
  cell.requests++;
  if (status >= 500) cell.errors++;
  cell.buckets[bucketIndex(durationMs)]!++;
}

/** Takes everything recorded so far (the caller writes it, and puts it back with restoreTraffic on failure). */
export function drainTraffic(): TrafficCell[] {
  const s = state();
  const cells = [...s.cells.values()];
  s.cells.clear();
  return cells;
}

export function restoreTraffic(cells: TrafficCell[]): void {
  const s = state();
  for (const cell of cells) {
    const key = `${cell.tenantId}|${cell.minute.getTime()}`;
    const existing = s.cells.get(key);
    if (!existing) s.cells.set(key, cell);
    else {
      existing.requests += cell.requests;
      existing.errors += cell.errors;
      cell.buckets.forEach((n, i) => (existing.buckets[i]! += n));
    }
  }
}

/** The flusher registers here to be started lazily when a process first serves clinic traffic. */
export function onFirstTraffic(fn: () => void): void {
  state().onFirstRecord = fn;
}

/** p95 (or any quantile) from bucket counts, interpolated inside the bucket like Prometheus histogram_quantile. */
export function quantileFromBuckets(buckets: number[], q: number): number | null {
  const total = buckets.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = q * total;
  let seen = 0;
  for (let i = 0; i < buckets.length; i++) {
    const count = buckets[i]!;
    if (seen + count >= rank && count > 0) {
      const lower = i === 0 ? 0 : CLINIC_LATENCY_BOUNDS_MS[i - 1]!;
      const upper = CLINIC_LATENCY_BOUNDS_MS[i] ?? lower;
      return lower + (upper - lower) * ((rank - seen) / count);
    }
    seen += count;
  }
  return CLINIC_LATENCY_BOUNDS_MS[CLINIC_LATENCY_BOUNDS_MS.length - 1]!;
}
