import { expect, test } from '@playwright/test';
import { snap } from '../support/screenshots';
import { createClinic, signInToClinic } from './clinic';

test('a clinic admin requests a data export, watches it finish and downloads the zip', async ({ page }) => {
  const clinic = await createClinic(page, 'e2e-export');
  await signInToClinic(page, clinic, clinic.admin);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${clinic.site}settings/export`);
  await expect(page.getByRole('heading', { level: 1, name: 'Data export' })).toBeVisible();
  await expect(page.getByText('No exports yet')).toBeVisible();
  await page.getByRole('button', { name: 'Request a new export' }).click();
  // The job runs in the app's worker process; the page refreshes itself until it is ready.
  const link = page.getByRole('link', { name: 'Download' });
  await expect(link).toBeVisible({ timeout: 60_000 });
  await snap(page, 'tenant-data-export-phone');
  const download = await Promise.all([page.waitForEvent('download'), link.click()]).then(([d]) => d);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^${clinic.slug}-export-\\d{4}-\\d{2}-\\d{2}\\.zip$`),
  );
});
