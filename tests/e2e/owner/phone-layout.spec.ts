import { expect, test, type Page } from '@playwright/test';
import { checkPageFits, PHONE } from '../support/layout';
import { signInOwnerByApi } from '../support/owner';
import { uniqueSlug } from '../support/env';

const heading = (name: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
};

test('every owner console page fits a 390 px phone without scrolling sideways, behind a menu button', async ({
  page,
}) => {
  await signInOwnerByApi(page);
  const slug = uniqueSlug('owner-phone');
  const created = await page.request.post('/api/owner/tenants', {
    data: {
      name: 'Featherstonehaugh & Worthington Veterinary Partners',
      slug,
      admin: { email: `admin@${slug}.test`, name: 'Ada Admin', password: 'clinic-admin-password-1' },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { data: tenant } = (await created.json()) as { data: { id: string } };

  await test.step('the sidebar is behind a menu button at phone width', async () => {
    await page.setViewportSize(PHONE);
    await page.goto('/owner/tenants');
    await expect(page.getByRole('navigation', { name: 'Owner console (compact)' })).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page
      .getByRole('navigation', { name: 'Owner console (compact)' })
      .getByRole('link', { name: 'Plans' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Owner console (compact)' })).toBeHidden();
  });

  const pages: Array<[string, string, (page: Page) => Promise<void>]> = [
    ['/owner/tenants', 'owner-tenants', heading('Tenants')],
    ['/owner/tenants/new', 'owner-tenant-new', heading(/New tenant/)],
    [`/owner/tenants/${tenant.id}`, 'owner-tenant', heading(/Featherstonehaugh/)],
    [`/owner/tenants/${tenant.id}/domains`, 'owner-tenant-domains', heading(/Featherstonehaugh/)],
    [`/owner/tenants/${tenant.id}/subscription`, 'owner-tenant-subscription', heading(/Featherstonehaugh/)],
    [`/owner/tenants/${tenant.id}/usage`, 'owner-tenant-usage', heading(/Featherstonehaugh/)],
    [`/owner/tenants/${tenant.id}/branding`, 'owner-tenant-branding', heading(/Featherstonehaugh/)],
    [`/owner/tenants/${tenant.id}/danger`, 'owner-tenant-danger', heading(/Featherstonehaugh/)],
    ['/owner/plans', 'owner-plans', heading('Plans')],
    ['/owner/audit', 'owner-audit', heading('Audit log')],
    ['/owner/settings', 'owner-settings', heading('Settings')],
  ];
  for (const [path, name, ready] of pages) {
    await test.step(`${path} fits`, async () => {
      await checkPageFits(page, path, name, ready);
    });
  }
});
