import { expect, test } from '@playwright/test';
import { tenantSiteUrl, uniqueSlug } from '../support/env';
import { signInOwnerByApi } from '../support/owner';

type OutboxMail = { recipient: string; template: string; text: string };

test('a clinic user who forgot the password resets it through the Outbox link and signs in', async ({
  page,
}) => {
  await signInOwnerByApi(page);
  const slug = uniqueSlug('e2e-reset');
  const email = `admin@${slug}.test`;
  const created = await page.request.post('/api/owner/tenants', {
    data: { name: 'Reset Clinic', slug, admin: { name: 'Admin', email, password: 'original-password-1' } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const site = tenantSiteUrl(slug);

  await page.goto(`${site}login`);
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send me a reset link' }).click();
  await expect(page.getByText(/If an account exists for that address/)).toBeVisible();

  // No SMTP server in local use: the mail waits in the owner's Outbox, rendered, with the link.
  let link = '';
  await expect
    .poll(
      async () => {
        const res = await page.request.get(`/api/owner/outbox?recipient=${encodeURIComponent(email)}`);
        const mails = ((await res.json()) as { data: OutboxMail[] }).data;
        const match = mails
          .find((m) => m.template === 'password-reset')
          ?.text.match(/http\S+\/reset-password\?token=\S+/);
        link = match?.[0] ?? '';
        return link;
      },
      { timeout: 10_000 },
    )
    .toContain(`${slug}.localhost`);

  await page.goto(link);
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('brand-new-password-2');
  await page.getByRole('textbox', { name: 'Repeat the new password' }).fill('brand-new-password-2');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('Your password has been changed.')).toBeVisible();

  // The link works once.
  await page.goto(link);
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('another-password-3');
  await page.getByRole('textbox', { name: 'Repeat the new password' }).fill('another-password-3');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'This password link was already used.' }),
  ).toBeVisible();

  await page.goto(`${site}login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('brand-new-password-2');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('complementary').getByTestId('signed-in-user')).toBeVisible();
});
