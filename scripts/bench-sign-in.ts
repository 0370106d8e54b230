/**
 * Sign-in hashing benchmark: the cost a sign-in spends verifying the password, before (scrypt N=2^15, what
 * accounts created by older versions hold) and after (argon2id, OWASP's m=19 MiB, t=2, p=1), plus the one-off
 * first sign-in of an old account (scrypt verify + argon2id rehash). Ratios are against the scrypt baseline
 * measured in the same run. The database part of a sign-in (a few indexed queries, ~1–3 ms) is not included.
 *
 *   npm run bench:sign-in -- --runs 40
 */
import { hashPassword, verifyPassword } from '../src/server/shared/passwords';
import os from 'node:os';
import { legacyScryptHash } from './lib/legacy-scrypt';
import { percentile } from './lib/stats';

async function time(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const sample: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    sample.push(performance.now() - start);
    if ((i + 1) % 10 === 0) process.stderr.write(`  ${i + 1}/${runs}\r`);
  }
  return sample;
}

async function main() {
  const flag = process.argv.indexOf('--runs');
  const runs = flag > 0 ? Math.max(1, Number(process.argv[flag + 1]) || 40) : 40;
  const password = 'correct horse battery staple';
  const scrypt = legacyScryptHash(password);
  const argon = await hashPassword(password);
  await verifyPassword(password, scrypt); // warm-up of both code paths
  await verifyPassword(password, argon);

  console.log(`Sign-in password verification, ${runs} runs each (load average ${loadAverage()})`);
  const baseline = await time(runs, () => verifyPassword(password, scrypt));
  const after = await time(runs, () => verifyPassword(password, argon));
  const firstSignIn = await time(runs, async () => {
    await verifyPassword(password, scrypt);
    await hashPassword(password);
  });
  const base50 = percentile(baseline, 50);
  const row = (label: string, sample: number[]) => {
    const p50 = percentile(sample, 50);
    const p95 = percentile(sample, 95);
    console.log(
      `${label.padEnd(52)} p50 ${p50.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  ${(p50 / base50).toFixed(2)}×`,
    );
  };
  row('before: scrypt N=2^15 r=8 p=1 verify (baseline)', baseline);
  row('after: argon2id m=19456 t=2 p=1 verify', after);
  row('first sign-in of an old account (verify + rehash)', firstSignIn);
}

function loadAverage(): string {
  return os.loadavg()[0]!.toFixed(2);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
