import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Test files that run the job workers share the owner database's job queues (pg-boss in `pgboss`): a worker started
 * by one file would take the jobs another file queued and is waiting for. They run as their own group, one file at
 * a time, after everything else; all other files run in parallel.
 */
const WORKER_TESTS = [
  'tests/integration/billing/mail-smtp.test.ts',
  'tests/integration/observability/health-alerts.test.ts',
  'tests/integration/observability/logging.test.ts',
  'tests/integration/operations/housekeeping.test.ts',
  'tests/integration/operations/job-runner.test.ts',
  'tests/integration/operations/jobs-api.test.ts',
  'tests/integration/operations/several-workers.test.ts',
  'tests/integration/owner/signup-verification.test.ts',
  'tests/integration/tenancy/move-tenant.test.ts',
  'tests/integration/tenant/exports/data-export.test.ts',
];

export default defineConfig({
  resolve: {
    alias: {
      '@tests': path.resolve(import.meta.dirname, 'tests'),
      '@': path.resolve(import.meta.dirname, 'src'),
    },
  },
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/worker-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    server: { deps: { inline: [/server-only/] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'parallel',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          exclude: WORKER_TESTS,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'job-workers',
          include: WORKER_TESTS,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
