import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests drive Debian's Chromium (/usr/bin/chromium; no browser download). Run them with
 * `npm run test:e2e`, which starts the app in a throwaway environment and sets E2E_BASE_URL; running
 * `npx playwright test` directly expects an app already listening on E2E_BASE_URL (default localhost:3200).
 */
const baseURL =
  process.env.E2E_BASE_URL ?? `http://localhost:${process.env.E2E_PORT ?? process.env.PORT ?? 3200}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Per-test artifacts (failure screenshots, traces); the specs' own page screenshots go to test-results/screenshots.
  outputDir: 'test-results/artifacts',
  timeout: process.env.E2E_DEV ? 300_000 : 90_000,
  // `next dev` (E2E_DEV=1) compiles each page on first visit, which takes many seconds on a small machine.
  expect: { timeout: process.env.E2E_DEV ? 60_000 : 10_000 },
  // The specs share one app and one database cluster; serial runs keep them from competing on a 2-core machine.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1366, height: 900 },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 900 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-quic',
            '--no-first-run',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
