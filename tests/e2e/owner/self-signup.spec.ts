import { expect, test, type Page } from '@playwright/test';
import { uniqueSlug } from '../support/env';
import { signInOwnerByApi } from '../support/owner';
import { snap } from '../support/screenshots';

type OutboxMail = { recipient: string; template: string; text: string };

async function putSettings(page: Page, data: Record<string, unknown>) {
  const res = await page.request.put('/api/owner/settings', { data });
  expect(res.status(), await res.text()).toBe(200);
}

// Self sign-up is a platform-wide switch: put it back (off) for the specs that follow.
test.afterEach(async ({ page }) => {
  await signInOwnerByApi(page);
  await putSettings(page, { signupsOpen: false });
});

test('a clinic signs itself up, confirms its e-mail through the mailed link, and its administrator signs in', async ({
  page,
  browser,
}) => {
  await signInOwnerByApi(page);
  await putSettings(page, { signupsOpen: true });
  const slug = uniqueSlug('selfsign');
  const email = `vera@${slug}.test`;
  const password = 'a-long-enough-password';

  // A visitor with no session of any kind.
  const visitor = await (await browser.newContext()).newPage();
  await test.step('the visitor fills in the sign-up form and is told to check the mail', async () => {
    await visitor.goto('/signup');
    await visitor.getByLabel('Clinic name').fill('Verified Vets');
    await visitor.getByLabel('Address').fill(slug);
    await visitor.getByLabel('Your full name').fill('Vera Verified');
    await visitor.getByLabel('Email').fill(email);
    await visitor.getByLabel('Password').fill(password);
    await visitor.getByRole('button', { name: 'Create my clinic' }).click();
    await expect(visitor.getByText('Check your e-mail')).toBeVisible();
    await expect(visitor.getByText(`We have sent a confirmation link to ${email}.`)).toBeVisible();
    await snap(visitor, 'signup-check-email');
  });

  // No SMTP server in local use: the mail waits in the owner's Outbox, rendered, with the link.
  let link = '';
  await expect
    .poll(
      async () => {
        const res = await page.request.get(`/api/owner/outbox?recipient=${encodeURIComponent(email)}`);
        const mails = ((await res.json()) as { data: OutboxMail[] }).data;
        link =
          mails
            .find((m) => m.template === 'signup-verification')
            ?.text.match(/http\S+\/signup\/verify\?token=[A-Za-z0-9_-]+/)?.[0] ?? '';
        return link;
      },
      { timeout: 10_000 },
    )
    .toContain('/signup/verify?token=');

  await test.step('the clinic does not exist before the link is followed', async () => {
    const res = await page.request.get(`/api/owner/tenants?q=${slug}`);
    expect(((await res.json()) as { data: unknown[] }).data).toEqual([]);
  });

  await test.step('following the link creates the clinic and says where to sign in', async () => {
    await visitor.goto(link);
    await expect(visitor.getByText('Your clinic is ready')).toBeVisible({ timeout: 60_000 });
    await snap(visitor, 'signup-verified');
    await visitor.getByRole('link', { name: new RegExp(`${slug}\\.localhost`) }).click();
    await expect(visitor).toHaveURL(new RegExp(`^http://${slug}\\.localhost:\\d+/login`));
    await visitor.getByLabel('Email').fill(email);
    await visitor.getByLabel('Password').fill(password);
    await visitor.getByRole('button', { name: 'Sign in' }).click();
    await expect(visitor).toHaveURL(/\/dashboard$/);
  });

  await test.step('the link works once; an unknown link is explained', async () => {
    await visitor.goto(link);
    // (Next's own route announcer is an empty role="alert" too: take the page's alert by its title.)
    const refusal = visitor.getByRole('alert').filter({ hasText: 'This link cannot be used' });
    await expect(refusal).toContainText('This confirmation link was already used');
    await expect(visitor.getByRole('link', { name: new RegExp(`Go to http://${slug}`) })).toBeVisible();
    await visitor.goto('/signup/verify?token=not-a-real-token');
    await expect(refusal).toContainText('This confirmation link is not valid.');
    await expect(visitor.getByRole('link', { name: 'Sign up again' })).toHaveAttribute('href', '/signup');
    await snap(visitor, 'signup-link-invalid');
  });
});
