import type { Page } from '@playwright/test';

/**
 * Full-page screenshots of the main pages, kept as artifacts in test-results/screenshots/ (outside Playwright's
 * per-test output folder, so they survive and can be reviewed after a passing run too).
 */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
