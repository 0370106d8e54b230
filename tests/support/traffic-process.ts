/**
 * A second "app process" for the per-clinic traffic test: serves N real clinic reads through the real route
 * handler (concurrently, so latencies spread over several buckets), measures each one, flushes its per-clinic
 * traffic to the owner database like the app does, and prints the measured latencies (ms) as JSON.
 * Usage: tsx tests/support/traffic-process.ts <origin> <cookie> <count> <concurrency>
 */
import { GET as listPatients } from '../../src/app/api/patients/route';
import { flushClinicTraffic } from '../../src/server/operations/health/traffic-flusher';

const [origin, cookie, count, concurrency] = process.argv.slice(2);
const total = Number(count);
const durations: number[] = [];
let next = 0;

async function lane(): Promise<void> {
  while (next < total) {
    next++;
    const started = performance.now();
    const res = await listPatients(
      new Request(`${origin}/api/patients`, { headers: { host: new URL(origin!).host, cookie: cookie! } }),
      { params: Promise.resolve({}) },
    );
    await res.text();
    durations.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`status ${res.status}`);
  }
}

await Promise.all(Array.from({ length: Number(concurrency) }, lane));
await flushClinicTraffic();
// Exit once the line is out: open pools and the routing listener would otherwise keep the process alive.
process.stdout.write(`${JSON.stringify(durations)}\n`, () => process.exit(0));
