import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { clinicApi, createClinic, signInToClinic, signOutOfClinic } from './clinic';

const PASSWORD = 'staff-password-1234';

test('a page the role may not use answers 403 and an unknown id answers 404, each inside the shell', async ({
  page,
}) => {
  const clinic = await createClinic(page, 'status');
  await signInToClinic(page, clinic, clinic.admin);
  const [practice] = await clinicApi<Array<{ id: string }>>(page, 'GET', '/api/practices');
  const receptionist = { email: `desk@${clinic.slug}.test`, password: PASSWORD };
  await clinicApi(page, 'POST', '/api/users', {
    ...receptionist,
    name: 'Rita Reception',
    role: 'RECEPTIONIST',
    practiceIds: [practice!.id],
  });
  const client = await clinicApi<{ id: string }>(page, 'POST', '/api/clients', {
    practiceId: practice!.id,
    name: 'Stella Status',
  });
  const patient = await clinicApi<{ id: string }>(page, 'POST', '/api/patients', {
    clientId: client.id,
    name: 'Juniper',
    species: 'Cat',
  });
  await signOutOfClinic(page);
  await signInToClinic(page, clinic, receptionist);

  await test.step('pages the role may use answer 200', async () => {
    for (const path of ['dashboard', 'patients', `patients/${patient.id}`]) {
      const response = await page.goto(`${clinic.site}${path}`);
      expect(response?.status(), path).toBe(200);
    }
  });

  await test.step('a receptionist opening user management or prescriptions gets 403 and the access page', async () => {
    for (const [path, what] of [
      ['settings/users', 'user management'],
      ['prescriptions', 'prescriptions'],
      [`records/${randomUUID()}`, 'clinical notes'],
    ] as const) {
      const response = await page.goto(`${clinic.site}${path}`);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { name: "You don't have access to this page" })).toBeVisible();
      await expect(page.getByText(`Your role cannot view ${what}.`)).toBeVisible();
      // Still inside the clinic's shell: the navigation is there to move on.
      await expect(page.getByRole('link', { name: 'Back to the dashboard' })).toBeVisible();
    }
  });

  await test.step('an unknown patient, client or item id answers 404 with the not-found page', async () => {
    for (const path of [
      `patients/${randomUUID()}`,
      'patients/not-an-id',
      `clients/${randomUUID()}`,
      `inventory/${randomUUID()}`,
    ]) {
      const response = await page.goto(`${clinic.site}${path}`);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    }
  });
});

test('a checked page (no loading screen of its own) shows a spinner on its navigation link while it loads', async ({
  page,
}) => {
  const clinic = await createClinic(page, 'navspin');
  await signInToClinic(page, clinic, clinic.admin);
  // Hold the page's server response for a moment, as a slow network or a busy database would.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/settings/practices**', async (route) => {
    await held;
    await route.continue();
  });
  const nav = page.getByRole('navigation', { name: 'Main', exact: true });
  const link = nav.getByRole('link', { name: /^Practices/ });
  await link.click();
  await expect(link.getByRole('status')).toHaveText('Opening…');
  release();
  await expect(page).toHaveURL(/\/settings\/practices$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Practices' })).toBeVisible();
  await expect(link.getByRole('status')).toHaveCount(0);
});
