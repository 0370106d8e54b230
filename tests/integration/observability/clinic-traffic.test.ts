import { execFile } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTrafficWindow } from '@/server/operations/health/clinic-traffic-window';
import { flushClinicTraffic } from '@/server/operations/health/traffic-flusher';
import { bucketIndex, quantileFromBuckets } from '@/server/shared/observability/clinic-traffic';
import { createTestTenant, signIn, type TestTenant } from '@tests/support/tenants';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

function appProcess(origin: string, cookie: string, count: number, concurrency: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    execFile(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      ['tests/support/traffic-process.ts', origin, cookie, String(count), String(concurrency)],
      { cwd: root, env: process.env, timeout: 120_000, maxBuffer: 8 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          return reject(
            new Error(
              `${error.message} code=${String(error.code)} signal=${String(error.signal)}\n${stderr}\n${stdout.slice(-2000)}`,
            ),
          );
        const last = stdout.trim().split('\n').pop()!;
        resolve(JSON.parse(last) as number[]);
      },
    );
  });
}

/** Nearest-rank p95 of what the test measured. */
function measuredP95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.95 * sorted.length) - 1]!;
}

let clinic: TestTenant;
let cookie: string;

beforeAll(async () => {
  clinic = await createTestTenant('traffic');
  cookie = await signIn(clinic.origin, clinic.admin.email, clinic.admin.password);
});

describe('per-clinic traffic across app processes', () => {
  it('adds the counts of two processes, and p95 from the merged histograms matches the measured p95 within one bucket', async () => {
    // This process served the sign-in: write it out first, so only the two app processes' reads are counted below.
    await flushClinicTraffic();
    const before = (await readTrafficWindow(60)).get(clinic.tenant.id)?.requests ?? 0;
    const [a, b] = await Promise.all([
      appProcess(clinic.origin, cookie, 120, 8),
      appProcess(clinic.origin, cookie, 80, 3),
    ]);
    const measured = [...a, ...b];
    const traffic = (await readTrafficWindow(60)).get(clinic.tenant.id);
    expect(traffic!.requests - before).toBe(measured.length);
    expect(traffic?.errors).toBe(0);
    const p95 = measuredP95(measured);
    const merged = traffic!.p95Ms!;
    expect(
      Math.abs(bucketIndex(merged) - bucketIndex(p95)),
      `merged ${merged} ms vs measured ${p95} ms`,
    ).toBeLessThanOrEqual(1);
  });

  it('interpolates quantiles inside the bucket that holds the rank', () => {
    // 100 requests: 90 under 5 ms, 10 between 250 and 500 ms → p95 sits halfway into the 250–500 ms bucket.
    const buckets = new Array<number>(12).fill(0);
    buckets[0] = 90;
    buckets[6] = 10;
    expect(quantileFromBuckets(buckets, 0.95)).toBeCloseTo(375, 5);
    expect(quantileFromBuckets(new Array<number>(12).fill(0), 0.95)).toBeNull();
  });
});
