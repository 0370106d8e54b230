import { expect, test, type Page } from '@playwright/test';
import { tenantSiteUrl, uniqueSlug } from '../support/env';
import { signInOwnerByApi } from '../support/owner';
import { snap } from '../support/screenshots';

const BANNER = 'Planned maintenance tonight 22:00–22:30 UTC: the app may be slow.';
const SUPPORT = 'help@smartdmv.test';

async function putSettings(page: Page, data: Record<string, unknown>) {
  const res = await page.request.put('/api/owner/settings', { data });
  expect(res.status(), await res.text()).toBe(200);
}

async function createTenant(page: Page, prefix: string, planCode?: string) {
  const slug = uniqueSlug(prefix);
  const admin = { email: `admin@${slug}.test`, password: 'clinic-admin-password-1', name: 'Ada Admin' };
  const res = await page.request.post('/api/owner/tenants', {
    data: { name: `Settings Clinic ${slug.slice(-6)}`, slug, admin, ...(planCode ? { planCode } : {}) },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { data } = (await res.json()) as { data: { id: string } };
  return { id: data.id, slug, admin, site: tenantSiteUrl(slug) };
}

// The settings are platform-wide: put them back so later specs see a clean clinic site.
test.afterEach(async ({ page }) => {
  await signInOwnerByApi(page);
  await putSettings(page, { maintenanceBanner: null, supportEmail: null });
});

test('the maintenance banner shows on every clinic page, and the support e-mail in the help menu and on the suspended page', async ({
  page,
  context,
}) => {
  await signInOwnerByApi(page);
  const tenant = await createTenant(page, 'settings');

  await test.step('the operator sets the banner and the support e-mail in the console', async () => {
    await page.goto('/owner/settings');
    await page.getByLabel('Support email').fill(SUPPORT);
    await page.getByLabel('Maintenance banner').fill(BANNER);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
  });

  const clinic = await context.newPage();
  await test.step('the clinic sign-in page and its app pages show the banner', async () => {
    await clinic.goto(`${tenant.site}login`);
    await expect(clinic.getByTestId('maintenance-banner')).toHaveText(BANNER);
    await clinic.getByLabel('Email').fill(tenant.admin.email);
    await clinic.getByLabel('Password').fill(tenant.admin.password);
    await clinic.getByRole('button', { name: 'Sign in' }).click();
    await expect(clinic).toHaveURL(/\/dashboard$/);
    for (const path of ['dashboard', 'patients', 'inventory', 'settings/users']) {
      await clinic.goto(`${tenant.site}${path}`);
      await expect(clinic.getByTestId('maintenance-banner')).toHaveText(BANNER);
    }
    await snap(clinic, 'tenant-maintenance-banner');
  });

  await test.step("the clinic's help menu names the support e-mail", async () => {
    const help = clinic.getByRole('complementary').getByTestId('help-menu');
    await help.getByText('Help', { exact: true }).click();
    await expect(help.getByRole('link', { name: SUPPORT })).toHaveAttribute('href', `mailto:${SUPPORT}`);
  });

  await test.step('a suspended clinic shows the support e-mail', async () => {
    const res = await page.request.post(`/api/owner/tenants/${tenant.id}/suspend`, { data: {} });
    expect(res.status(), await res.text()).toBe(200);
    await expect
      .poll(async () => (await clinic.goto(`${tenant.site}dashboard`))?.status(), { timeout: 5_000 })
      .toBe(403);
    await expect(clinic.getByRole('heading', { name: /suspended/i })).toBeVisible();
    await expect(clinic.getByRole('link', { name: SUPPORT })).toBeVisible();
    await snap(clinic, 'tenant-suspended-support');
  });

  await test.step('clearing the banner removes it', async () => {
    await putSettings(page, { maintenanceBanner: null });
    await clinic.goto(`${tenant.site}login`);
    await expect(clinic.getByTestId('maintenance-banner')).toHaveCount(0);
  });
});

test('the tenants list shows users and patients from the latest usage snapshot, with its age', async ({
  page,
}) => {
  await signInOwnerByApi(page);
  const tenant = await createTenant(page, 'usage-age');
  await page.goto(`/owner/tenants?q=${tenant.slug}`);
  const row = page.getByRole('row').filter({ hasText: tenant.slug });
  await expect(row.getByRole('cell').nth(4)).toHaveText('1');
  await expect(row.getByRole('cell').nth(5)).toHaveText('0');
  await expect(row.getByTestId('usage-age')).toHaveText('just now');
});

test('a clinic on Basic cannot get a custom domain, and the domains page says why', async ({ page }) => {
  await signInOwnerByApi(page);
  const tenant = await createTenant(page, 'basic-dom', 'basic');
  await page.goto(`/owner/tenants/${tenant.id}/domains`);
  await expect(page.getByText("Custom domains are not in this clinic's plan")).toBeVisible();
  await expect(page.getByText(/The Basic plan does not include custom domains\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add domain' })).toHaveCount(0);
  await snap(page, 'owner-domains-plan-notice');
  const res = await page.request.post(`/api/owner/tenants/${tenant.id}/domains`, {
    data: { domain: `${tenant.slug}.example.org` },
  });
  expect(res.status()).toBe(403);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('PLAN_FEATURE_UNAVAILABLE');
});

test('the new tenant form limits what can be typed to what the API accepts, and explains refusals in plain words', async ({
  page,
}) => {
  await signInOwnerByApi(page);
  await page.goto('/owner/tenants/new');
  await expect(page.getByLabel('Clinic name')).toHaveAttribute('maxlength', '120');
  await expect(page.getByLabel('Clinic name')).toHaveAttribute('required', '');
  await expect(page.getByLabel('Slug')).toHaveAttribute('maxlength', '40');
  await expect(page.getByLabel('Initial password')).toHaveAttribute('minlength', '10');
  const res = await page.request.post('/api/owner/tenants', {
    data: {
      name: 'N'.repeat(121),
      slug: uniqueSlug('long'),
      admin: { email: 'a@b.test', name: 'A', password: 'long-enough-password' },
    },
  });
  expect(res.status()).toBe(400);
  const body = (await res.json()) as { error: { details: { fields: Record<string, string[]> } } };
  expect(body.error.details.fields.name).toEqual(['Use at most 120 characters.']);
});
