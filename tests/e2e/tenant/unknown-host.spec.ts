import { expect, test } from '@playwright/test';
import { tenantSiteUrl, uniqueSlug } from '../support/env';

test('a host that serves no clinic answers 404 with a page that says so', async ({ page }) => {
  const site = tenantSiteUrl(uniqueSlug('nowhere'));
  for (const path of ['', 'login', 'dashboard']) {
    const response = await page.goto(`${site}${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Nothing here' })).toBeVisible();
    await expect(page.getByText('no SmartDMV page or clinic at this address')).toBeVisible();
  }
});
