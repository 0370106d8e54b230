import { expect, test, type Page } from '@playwright/test';
import { checkPageFits, PHONE } from '../support/layout';
import { clinicApi, createClinic, signInToClinic, signOutOfClinic } from './clinic';

/** A clinic with one of everything, so each main page shows real rows (long names included). */
async function seedClinic(page: Page) {
  const clinic = await createClinic(page, 'phone');
  await signInToClinic(page, clinic, clinic.admin);
  const [practice] = await clinicApi<Array<{ id: string }>>(page, 'GET', '/api/practices');
  const client = await clinicApi<{ id: string }>(page, 'POST', '/api/clients', {
    practiceId: practice!.id,
    name: 'Maximiliane Featherstonehaugh-Worthington',
    email: 'maximiliane.featherstonehaugh@example.com',
    phone: '+44 20 7946 0958',
  });
  const patient = await clinicApi<{ id: string }>(page, 'POST', '/api/patients', {
    clientId: client.id,
    name: 'Sir Reginald Barkington',
    species: 'Dog',
    breed: 'Cavalier King Charles Spaniel',
    sex: 'MALE',
  });
  await clinicApi(page, 'POST', `/api/patients/${patient.id}/weights`, { weightKg: 8.2 });
  const item = await clinicApi<{ id: string }>(page, 'POST', '/api/inventory', {
    sku: 'PIMO-125-E2E',
    name: 'Pimobendan 1.25 mg chewable tablets',
    category: 'MEDICATION',
    unit: 'tablet',
    reorderLevel: 20,
    openingQuantity: 12,
  });
  const vet = { email: `vet@${clinic.slug}.test`, password: 'staff-password-1234' };
  await clinicApi(page, 'POST', '/api/users', {
    ...vet,
    name: 'Dr. Vera Vet',
    role: 'VETERINARIAN',
    practiceIds: [practice!.id],
  });
  // Only a veterinarian writes clinical notes; the admin then checks every page.
  await signOutOfClinic(page);
  await signInToClinic(page, clinic, vet);
  const record = await clinicApi<{ id: string }>(page, 'POST', '/api/medical-records', {
    patientId: patient.id,
    subjective: 'Owner reports intermittent coughing at night for two weeks, worse after exercise.',
    assessment: 'Suspected early mitral valve disease; murmur grade 2/6 left apical.',
    plan: 'Echocardiogram referral; recheck in four weeks.',
  });
  await signOutOfClinic(page);
  await signInToClinic(page, clinic, clinic.admin);
  return { clinic, client, patient, record, item };
}

const heading = (name: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
};

test('every main clinic page fits a 390 px phone without scrolling sideways, and the menu button opens the navigation', async ({
  page,
}) => {
  const { clinic, client, patient, record, item } = await seedClinic(page);

  await test.step('at phone width the navigation sits behind a menu button', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${clinic.site}dashboard`);
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main (compact)' })).toBeHidden();
    await menu.click();
    const nav = page.getByRole('navigation', { name: 'Main (compact)' });
    await expect(nav.getByRole('link', { name: 'Inventory' })).toBeVisible();
    await nav.getByRole('link', { name: 'Inventory' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible();
    // Following a link closes the menu again.
    await expect(page.getByRole('navigation', { name: 'Main (compact)' })).toBeHidden();
  });

  const pages: Array<[string, string, (page: Page) => Promise<void>]> = [
    ['dashboard', 'tenant-dashboard', heading(/^Good (morning|afternoon|evening)/)],
    ['appointments', 'tenant-appointments', heading('Appointments')],
    ['clients', 'tenant-clients', heading('Clients')],
    [`clients/${client.id}`, 'tenant-client', heading(/Maximiliane/)],
    ['patients', 'tenant-patients', heading('Patients')],
    [`patients/${patient.id}`, 'tenant-patient', heading(/Sir Reginald Barkington/)],
    [`records/${record.id}`, 'tenant-record', heading(/Sir Reginald Barkington ·/)],
    ['prescriptions', 'tenant-prescriptions', heading('Prescriptions')],
    ['inventory', 'tenant-inventory', heading('Inventory')],
    [`inventory/${item.id}`, 'tenant-inventory-item', heading(/Pimobendan/)],
    ['settings/users', 'tenant-settings-users', heading(/Users|Staff/)],
    ['settings/practices', 'tenant-settings-practices', heading('Practices')],
    ['settings/plan', 'tenant-settings-plan', heading(/Plan/)],
  ];
  for (const [path, name, ready] of pages) {
    await test.step(`/${path} fits`, async () => {
      await checkPageFits(page, `${clinic.site}${path}`, name, ready);
    });
  }

  await test.step('the sign-in page fits too', async () => {
    await page.getByRole('complementary').getByRole('button', { name: 'Sign out' }).click();
    // Signing out lands on the sign-in page by itself; measuring before it has would race that navigation.
    await page.waitForURL(/\/login(\?|$)/);
    await checkPageFits(page, `${clinic.site}login`, 'tenant-login', async (p) => {
      await expect(p.getByRole('button', { name: 'Sign in' })).toBeVisible();
    });
  });
});
