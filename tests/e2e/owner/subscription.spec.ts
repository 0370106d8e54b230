import { expect, test } from '@playwright/test';
import { snap } from '../support/screenshots';
import { clinicApi, createClinic, signInToClinic } from '../tenant/clinic';

test('the subscription page marks plans a clinic has outgrown, and warns once it is over its limits', async ({
  page,
}) => {
  // A new clinic starts on Professional; a second practice outgrows Basic (one practice).
  const clinic = await createClinic(page, 'e2e-plan');
  await signInToClinic(page, clinic, clinic.admin);
  await clinicApi(page, 'POST', '/api/practices', { name: 'Harbour Road Practice' });
  const listed = await page.request.get(`/api/owner/tenants?q=${clinic.slug}`);
  const [tenant] = ((await listed.json()) as { data: Array<{ id: string; planCode: string }> }).data;
  expect(tenant?.planCode).toBe('professional');

  // Opening the usage page measures the clinic and records what the other owner pages show.
  await page.goto(`/owner/tenants/${tenant!.id}/usage`);
  await expect(page.getByRole('heading', { name: 'Current usage' })).toBeVisible();

  await page.goto(`/owner/tenants/${tenant!.id}/subscription`);
  const plan = page.getByLabel('Plan');
  await expect(plan.locator('option[value="basic"]')).toContainText('outgrown');
  await expect(plan.locator('option[value="enterprise"]')).not.toContainText('outgrown');
  await expect(page.getByText('Plans marked “outgrown”')).toBeVisible();

  await plan.selectOption('basic');
  // A downgrade waits for the period's end unless the operator applies it now.
  await page.getByLabel('A downgrade takes effect').selectOption('now');
  await page.getByRole('button', { name: 'Save subscription' }).click();
  await expect(page.getByText('2 practices, plan allows 1 practice')).toBeVisible();
  await snap(page, 'owner-subscription-outgrown');

  // The clinic is refused a third practice, with the plan's reason.
  await page.goto(clinic.site + 'settings/practices');
  const refused = await page.evaluate(async () => {
    const res = await fetch('/api/practices', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Third Site' }),
    });
    return { status: res.status, body: (await res.json()) as { error: { code: string } } };
  });
  expect(refused).toMatchObject({ status: 403, body: { error: { code: 'PLAN_LIMIT_REACHED' } } });

  // The clinic's admin sees the plan and where it stands on its Plan page.
  await page.goto(clinic.site + 'settings/plan');
  await expect(page.getByRole('heading', { name: 'Basic' })).toBeVisible();
  await expect(page.getByRole('meter', { name: 'Practices' })).toHaveAttribute('aria-valuetext', '2 of 1');
  await expect(page.getByText("The clinic has reached its plan's limit for practices")).toBeVisible();
  await expect(page.getByRole('meter', { name: 'Active patients' })).toHaveAttribute(
    'aria-valuetext',
    '0 of 2,000',
  );
  await snap(page, 'clinic-plan-page');
});
