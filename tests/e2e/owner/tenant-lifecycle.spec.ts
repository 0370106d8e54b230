import { expect, test } from '@playwright/test';
import { siteStatus, tenantSiteUrl, uniqueSlug } from '../support/env';
import { signInOwnerWithForm, submitNewTenantForm } from '../support/owner';
import { snap } from '../support/screenshots';

test('an owner creates a tenant, reaches its sign-in page, suspends it and the clinic site refuses service', async ({
  page,
  context,
}) => {
  const slug = uniqueSlug('e2e');
  const name = `Lifecycle Clinic ${slug.slice(4)}`;
  const site = tenantSiteUrl(slug);

  await test.step('sign in as owner', async () => {
    await page.goto('/owner/login');
    await snap(page, 'owner-login');
    await signInOwnerWithForm(page);
    await snap(page, 'owner-tenants');
  });

  await test.step('create a tenant through the form and see it ACTIVE', async () => {
    await page.getByRole('link', { name: 'New tenant' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'New tenant' })).toBeVisible();
    // The slug is suggested from the name while the operator has not typed one.
    await page.getByLabel('Clinic name').fill('Happy Paws Clinic');
    await expect(page.getByLabel('Slug')).toHaveValue('happy-paws-clinic');
    await snap(page, 'owner-new-tenant');
    await submitNewTenantForm(page, {
      name,
      slug,
      adminEmail: `admin@${slug}.test`,
      adminPassword: 'clinic-admin-password-1',
    });
    await expect(page.getByText(`${name} is ready`)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Active', { exact: true })).toBeVisible();
    const link = page.getByRole('link', { name: site });
    await expect(link).toHaveAttribute('href', site);
    await snap(page, 'owner-tenant-created');
  });

  await test.step("open the tenant's site and reach its sign-in page", async () => {
    const clinic = await context.newPage();
    await clinic.goto(site);
    await expect(clinic).toHaveURL(new RegExp(`^http://${slug}\\.localhost:\\d+/login`));
    await expect(clinic.getByLabel('Email')).toBeVisible();
    await expect(clinic.getByLabel('Password')).toBeVisible();
    await expect(clinic.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await snap(clinic, 'tenant-login');
    await clinic.close();
  });

  await test.step('browse the tenant pages', async () => {
    await page.getByRole('link', { name: 'Open tenant' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await snap(page, 'owner-tenant-overview');
    for (const [tab, file] of [
      ['Domains', 'owner-tenant-domains'],
      ['Subscription', 'owner-tenant-subscription'],
      ['Usage', 'owner-tenant-usage'],
      ['Branding', 'owner-tenant-branding'],
    ] as const) {
      await page
        .getByRole('navigation', { name: 'Tenant sections' })
        .getByRole('link', { name: tab })
        .click();
      await expect(page.getByRole('link', { name: tab, exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
      if (tab === 'Usage') await expect(page.getByRole('img', { name: /Patients/ })).toBeVisible();
      await snap(page, file);
    }
  });

  await test.step('suspend it and see the clinic site refuse service', async () => {
    await page
      .getByRole('navigation', { name: 'Tenant sections' })
      .getByRole('link', { name: 'Danger zone' })
      .click();
    await snap(page, 'owner-tenant-danger');
    await page.getByRole('button', { name: 'Suspend tenant' }).click();
    const dialog = page.getByRole('dialog', { name: `Suspend ${name}?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Suspend', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 }).getByText('Suspended')).toBeVisible();

    // Suspension reaches the tenant hosts within 2 seconds; poll a little longer than that.
    const clinic = await context.newPage();
    await expect.poll(() => siteStatus(clinic, site), { timeout: 5_000, intervals: [250] }).toBe(403);
    await expect(clinic.getByRole('heading', { name: /suspended/i })).toBeVisible();
    await snap(clinic, 'tenant-suspended');
    await clinic.close();
  });
});
