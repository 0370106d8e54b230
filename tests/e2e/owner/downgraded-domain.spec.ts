import { expect, test } from '@playwright/test';
import { tenantSiteUrl, uniqueSlug } from '../support/env';
import { signInOwnerByApi } from '../support/owner';
import { snap } from '../support/screenshots';

test('after a downgrade to Basic, the console shows the custom domain inactive and says why', async ({
  page,
}) => {
  await signInOwnerByApi(page);
  const slug = uniqueSlug('downgrade');
  const domain = `${slug}.example.org`;
  const created = await page.request.post('/api/owner/tenants', {
    data: {
      name: 'Downgraded Vets',
      slug,
      planCode: 'enterprise',
      domains: [domain],
      admin: { email: `admin@${slug}.test`, password: 'clinic-admin-password-1', name: 'Ada Admin' },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = ((await created.json()) as { data: { id: string } }).data;

  await page.goto(`/owner/tenants/${id}/domains`);
  const row = page.getByRole('row').filter({ hasText: domain });
  await expect(row.getByText('Active', { exact: true })).toBeVisible();

  const down = await page.request.put(`/api/owner/tenants/${id}/subscription`, {
    data: { planCode: 'basic', effective: 'now' },
  });
  expect(down.status(), await down.text()).toBe(200);

  await page.reload();
  await expect(row.getByText('Inactive on the Basic plan')).toBeVisible();
  await expect(page.getByText(/The domains above stay recorded but are not served/)).toBeVisible();
  await expect(page.getByText(`Until then the clinic is reached at ${tenantSiteUrl(slug)}`)).toBeVisible();
  await snap(page, 'owner-domains-inactive-after-downgrade');
});
