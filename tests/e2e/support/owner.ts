import { expect, type Page } from '@playwright/test';
import { e2e } from './env';

/** Signs in through the real sign-in form (the lifecycle test exercises it; others use signInOwnerByApi). */
export async function signInOwnerWithForm(page: Page): Promise<void> {
  await page.goto('/owner');
  await expect(page).toHaveURL(/\/owner\/login/);
  await page.getByLabel('Email').fill(e2e.owner.email);
  await page.getByLabel('Password').fill(e2e.owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible();
}

/** Signs in through the JSON API; the session cookie lands in the page's browser context. */
export async function signInOwnerByApi(page: Page): Promise<void> {
  const response = await page.request.post('/api/owner/auth/login', {
    data: { email: e2e.owner.email, password: e2e.owner.password },
  });
  expect(response.status(), await response.text()).toBe(200);
}

export type NewTenant = { name: string; slug: string; adminEmail: string; adminPassword: string };

/** Fills the "New tenant" form (the page must be open) and submits it. */
export async function submitNewTenantForm(page: Page, tenant: NewTenant): Promise<void> {
  await page.getByLabel('Clinic name').fill(tenant.name);
  await page.getByLabel('Slug').fill(tenant.slug);
  await page.getByLabel('Full name').fill('Dr. Ada Admin');
  await page.getByLabel('Email').fill(tenant.adminEmail);
  await page.getByLabel('Initial password').fill(tenant.adminPassword);
  await page.getByRole('button', { name: 'Create tenant' }).click();
}
