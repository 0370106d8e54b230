import { expect, type Page } from '@playwright/test';
import { signInOwnerByApi } from '../support/owner';
import { tenantSiteUrl, uniqueSlug } from '../support/env';

/**
 * Set-up helpers for the clinic specs. The owner API is called through Playwright's request client on the apex
 * host; clinic APIs are called from inside a page on the clinic's own host (Node cannot resolve *.localhost, and
 * a same-origin fetch carries the clinic session cookie exactly as the app does).
 */

export type Clinic = { slug: string; site: string; admin: { email: string; password: string } };

export async function createClinic(page: Page, prefix: string): Promise<Clinic> {
  const slug = uniqueSlug(prefix);
  const admin = { email: `admin@${slug}.test`, password: 'clinic-admin-password-1' };
  await signInOwnerByApi(page);
  const response = await page.request.post('/api/owner/tenants', {
    data: {
      name: `Visit Clinic ${slug.slice(prefix.length + 1)}`,
      slug,
      practiceName: 'Main Street Practice',
      admin: { ...admin, name: 'Ada Admin' },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return { slug, site: tenantSiteUrl(slug), admin };
}

/** A JSON call to the clinic API from the page (which must be on the clinic's host); fails the test on an error. */
export async function clinicApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: (await res.json().catch(() => null)) as { data?: unknown } | null };
    },
    { method, path, body },
  );
  expect(result.status, `${method} ${path}: ${JSON.stringify(result.json)}`).toBeLessThan(300);
  return result.json?.data as T;
}

/** Signs in through the clinic's sign-in form and waits for the dashboard. */
export async function signInToClinic(
  page: Page,
  clinic: Clinic,
  user: { email: string; password: string },
): Promise<void> {
  await page.goto(`${clinic.site}login`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(
    page.getByRole('heading', { level: 1, name: /^Good (morning|afternoon|evening)/ }),
  ).toBeVisible();
}

export async function signOutOfClinic(page: Page): Promise<void> {
  await page.getByRole('complementary').getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
}
