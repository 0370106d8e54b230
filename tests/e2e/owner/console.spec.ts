import { expect, test } from '@playwright/test';
import { e2e, siteStatus, tenantSiteUrl, uniqueSlug } from '../support/env';
import { signInOwnerByApi, submitNewTenantForm } from '../support/owner';
import { snap } from '../support/screenshots';

test('the sign-in page rejects a wrong password with one generic message', async ({ page }) => {
  await page.goto('/owner/login');
  await page.getByLabel('Email').fill(e2e.owner.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /email or password/i })).toHaveText(
    'Email or password is incorrect.',
  );
  await expect(page).toHaveURL(/\/owner\/login/);
});

test('the new tenant form shows the API field errors next to their fields', async ({ page }) => {
  await signInOwnerByApi(page);
  await page.goto('/owner/tenants/new');
  await submitNewTenantForm(page, {
    name: 'X',
    slug: '9-not-a-slug',
    adminEmail: 'not-an-email',
    adminPassword: 'short',
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Check the highlighted fields.' })).toBeVisible();
  for (const label of ['Clinic name', 'Slug', 'Email', 'Initial password']) {
    await expect(page.getByLabel(label)).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await snap(page, 'owner-new-tenant-errors');
});

test('an owner deletes a tenant after typing its slug, and its site is gone', async ({ page, context }) => {
  await signInOwnerByApi(page);
  const slug = uniqueSlug('e2e-del');
  const created = await page.request.post('/api/owner/tenants', {
    data: {
      name: 'Short-lived Clinic',
      slug,
      admin: { name: 'Admin', email: `admin@${slug}.test`, password: 'clinic-admin-password-1' },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { data } = (await created.json()) as { data: { id: string } };

  await page.goto(`/owner/tenants/${data.id}/danger`);
  await page.getByRole('button', { name: 'Delete tenant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Short-lived Clinic?' });
  const confirm = dialog.getByRole('button', { name: 'Delete permanently' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type ${slug} to confirm`).fill(slug);
  await confirm.click();
  await expect(page).toHaveURL(/\/owner\/tenants$/);
  await expect(page.getByRole('link', { name: 'Short-lived Clinic' })).toHaveCount(0);
  const clinic = await context.newPage();
  await expect
    .poll(() => siteStatus(clinic, tenantSiteUrl(slug)), { timeout: 5_000, intervals: [250] })
    .toBe(404);
});

test('plans, settings and the audit log are readable', async ({ page }) => {
  await signInOwnerByApi(page);
  await page.goto('/owner/plans');
  await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Subscription plans' })).toBeVisible();
  await snap(page, 'owner-plans');

  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(page.getByRole('dialog', { name: 'New plan' })).toBeVisible();
  await snap(page, 'owner-plan-dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'New plan' })).toBeHidden();

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Default plan for new tenants')).toBeVisible();
  await snap(page, 'owner-settings');

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Audit log entries' }).getByText('Signed in').first(),
  ).toBeVisible();
  await snap(page, 'owner-audit');
});
