import { expect, test } from '@playwright/test';
import { clinicApi, createClinic, signInToClinic, signOutOfClinic } from './clinic';

test('a signed-out visitor who opens a patient page signs in and lands on that page, never on another site', async ({
  page,
}) => {
  const clinic = await createClinic(page, 'deeplink');
  await signInToClinic(page, clinic, clinic.admin);
  const [practice] = await clinicApi<Array<{ id: string }>>(page, 'GET', '/api/practices');
  const client = await clinicApi<{ id: string }>(page, 'POST', '/api/clients', {
    practiceId: practice!.id,
    name: 'Nora Northcote',
  });
  const patient = await clinicApi<{ id: string }>(page, 'POST', '/api/patients', {
    clientId: client.id,
    name: 'Pepper',
    species: 'Cat',
  });
  await signOutOfClinic(page);

  await test.step('the deep link survives the sign-in page', async () => {
    await page.goto(`${clinic.site}patients/${patient.id}?tab=history`);
    await expect(page).toHaveURL(
      new RegExp(
        `/login\\?next=${encodeURIComponent(`/patients/${patient.id}?tab=history`).replace(/[?]/g, '\\?')}$`,
      ),
    );
    await page.getByLabel('Email').fill(clinic.admin.email);
    await page.getByLabel('Password').fill(clinic.admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(new RegExp(`/patients/${patient.id}\\?tab=history$`));
    await expect(page.getByRole('heading', { level: 1, name: /Pepper/ })).toBeVisible();
    await signOutOfClinic(page);
  });

  for (const hostile of ['https://evil.example/', '//evil.example/', '/\\evil.example/']) {
    await test.step(`?next=${hostile} is ignored: the dashboard opens`, async () => {
      await page.goto(`${clinic.site}login?next=${encodeURIComponent(hostile)}`);
      await page.getByLabel('Email').fill(clinic.admin.email);
      await page.getByLabel('Password').fill(clinic.admin.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(`${clinic.site}dashboard`);
      await signOutOfClinic(page);
    });
  }
});
