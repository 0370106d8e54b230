import { expect, test } from '@playwright/test';
import { uniqueSlug } from '../support/env';
import { signInOwnerByApi } from '../support/owner';

test('the Edit plan dialog reads left to right like the New plan dialog', async ({ page }) => {
  await signInOwnerByApi(page);
  await page.goto('/owner/plans');
  await page.getByRole('button', { name: 'Edit Basic' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Basic' });
  await expect(dialog).toBeVisible();
  for (const target of [
    dialog.getByRole('heading', { name: 'Edit Basic' }),
    dialog.getByText('Features').first(),
  ]) {
    expect(await target.evaluate((el) => getComputedStyle(el).textAlign)).toMatch(/^(left|start)$/);
  }
});

test('a failed branding save shows only its error, not the earlier "Branding saved."', async ({ page }) => {
  await signInOwnerByApi(page);
  const slug = uniqueSlug('toast');
  const res = await page.request.post('/api/owner/tenants', {
    data: {
      name: 'Toast Clinic',
      slug,
      admin: { email: `a@${slug}.test`, name: 'A', password: 'long-enough-pw' },
    },
  });
  expect(res.status()).toBe(201);
  const { data } = (await res.json()) as { data: { id: string } };
  await page.goto(`/owner/tenants/${data.id}/branding`);
  await page.getByLabel('Display name').fill('Toasty');
  await page.getByRole('button', { name: 'Save branding' }).click();
  await expect(page.getByText('Branding saved.')).toBeVisible();
  await page.getByLabel('Logo URL').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Save branding' }).click();
  await expect(page.getByLabel('Logo URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Branding saved.')).toHaveCount(0);
});
