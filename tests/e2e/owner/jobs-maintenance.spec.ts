import { expect, test } from '@playwright/test';
import { siteStatus } from '../support/env';
import { snap } from '../support/screenshots';
import { createClinic } from '../tenant/clinic';

test('the Jobs page lists every job type with its schedule, and fits a phone screen', async ({ page }) => {
  await createClinic(page, 'e2e-jobs'); // signs the owner in
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/owner/jobs');
  await expect(page.getByRole('heading', { level: 1, name: 'Jobs' })).toBeVisible();
  const types = page.getByRole('table', { name: 'Job counts per type' });
  await expect(types.getByRole('cell', { name: 'usage.snapshot-all' })).toBeVisible();
  await expect(types.getByRole('cell', { name: '10 0 * * *' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recent failures' })).toBeVisible();
  // Nothing wider than the screen outside the scrollable tables.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await snap(page, 'owner-jobs-phone');
});

test('an operator turns maintenance on with a message, the clinic shows it, then turns it off', async ({
  page,
  context,
}) => {
  const clinic = await createClinic(page, 'e2e-maint');
  const listed = await page.request.get(`/api/owner/tenants?q=${clinic.slug}`);
  const { data } = (await listed.json()) as { data: { id: string }[] };
  await page.goto(`/owner/tenants/${data[0]!.id}`);
  await page.getByLabel('Message shown to the clinic').fill('Moving to a bigger server, back at 14:00 UTC.');
  await page.getByRole('button', { name: 'Turn maintenance on' }).click();
  await expect(page.getByRole('button', { name: 'Turn maintenance off' })).toBeVisible();

  const visitor = await context.newPage();
  await expect.poll(() => siteStatus(visitor, `${clinic.site}api/auth/me`), { timeout: 5_000 }).toBe(503);
  await visitor.goto(`${clinic.site}login`);
  await expect(visitor.getByText('Moving to a bigger server, back at 14:00 UTC.')).toBeVisible();

  await page.getByRole('button', { name: 'Turn maintenance off' }).click();
  await expect(page.getByRole('button', { name: 'Turn maintenance on' })).toBeVisible();
  await visitor.goto(`${clinic.site}login`);
  await expect(visitor.getByRole('button', { name: 'Sign in' })).toBeVisible();
});
