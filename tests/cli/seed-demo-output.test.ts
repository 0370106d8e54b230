import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '@tests/support/core-cli';
import { startPrivateCluster, type PrivateCluster } from '@tests/support/core-cluster';

// Issue 14, point 20: `npm run seed:demo` printed the app's JSON log lines ("tenant provisioned") between its own
// progress lines whenever its output was not a terminal. Run on a cluster of its own, as the README runs it
// (production log defaults, output piped), the output is the CLI's own lines only.
let cluster: PrivateCluster;

beforeAll(async () => {
  cluster = await startPrivateCluster();
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
});

describe('npm run seed:demo output', () => {
  it('prints human lines only: progress, the clinics and their accounts, and no JSON log line', async () => {
    const result = await runScript('seed-demo.ts', [], {
      ...cluster.env,
      NODE_ENV: 'production',
      LOG_LEVEL: '',
      LOG_FORMAT: '',
      PORT: '3999',
    });
    expect(result.code, result.stderr).toBe(0);
    const lines = `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => l.trim());
    expect(lines.filter((l) => l.trimStart().startsWith('{'))).toEqual([]);
    expect(result.stdout).toContain('happy-paws: provisioning database, role and folders …');
    expect(result.stdout).toContain('Demo clinics are ready.');
    expect(result.stdout).toContain('http://happy-paws.localhost:3999/');
    expect(result.stderr.trim()).toBe('');
  }, 180_000);
});
