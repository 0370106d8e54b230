import { expect, test, type Page } from '@playwright/test';
import { snap } from '../support/screenshots';
import { clinicApi, createClinic, signInToClinic, signOutOfClinic } from './clinic';

const PASSWORD = 'staff-password-1234';

/** Two practices; Dr. Rivera works at both; a dog at Main Street and a drug with 41 tablets in stock. */
async function seed(page: Page) {
  const clinic = await createClinic(page, 'friction');
  await signInToClinic(page, clinic, clinic.admin);
  const [main] = await clinicApi<Array<{ id: string }>>(page, 'GET', '/api/practices');
  const northside = await clinicApi<{ id: string }>(page, 'POST', '/api/practices', {
    name: 'Northside',
    timezone: 'UTC',
  });
  const vet = { email: `rivera@${clinic.slug}.test`, password: PASSWORD, name: 'Dr. Tomás Rivera' };
  const rivera = await clinicApi<{ id: string }>(page, 'POST', '/api/users', {
    ...vet,
    role: 'VETERINARIAN',
    practiceIds: [main!.id, northside.id],
  });
  const client = await clinicApi<{ id: string }>(page, 'POST', '/api/clients', {
    practiceId: main!.id,
    name: 'Olivia Owner',
  });
  const dog = await clinicApi<{ id: string }>(page, 'POST', '/api/patients', {
    clientId: client.id,
    name: 'Rufus',
    species: 'Dog',
  });
  const northClient = await clinicApi<{ id: string }>(page, 'POST', '/api/clients', {
    practiceId: northside.id,
    name: 'Nate North',
  });
  const northCat = await clinicApi<{ id: string }>(page, 'POST', '/api/patients', {
    clientId: northClient.id,
    name: 'Whiskers',
    species: 'Cat',
  });
  await clinicApi(page, 'POST', '/api/inventory', {
    sku: 'CARP-75-FR',
    name: 'Carprofen 75 mg tablets',
    category: 'MEDICATION',
    unit: 'tablet',
    openingQuantity: 41,
    practiceId: main!.id,
  });
  return { clinic, main: main!, northside, vet, rivera, dog, northCat };
}

const tomorrowUtc = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const yesterdayUtc = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

test('a vet booked at another practice shows as busy; a past booking needs confirmation', async ({
  page,
}) => {
  const { clinic, main, northside, rivera, northCat, dog } = await seed(page);
  const day = tomorrowUtc();
  await clinicApi(page, 'POST', '/api/appointments', {
    practiceId: northside.id,
    patientId: northCat.id,
    veterinarianId: rivera.id,
    startsAt: `${day}T16:30:00.000Z`,
    durationMinutes: 30,
  });

  await test.step("Main Street's calendar shows Dr. Rivera busy at Northside at 16:30", async () => {
    await page.goto(`${clinic.site}appointments?practiceId=${main.id}&date=${day}`);
    const busy = page.getByTestId('busy-block');
    await expect(busy).toHaveCount(1);
    await expect(busy).toHaveText('Busy · Northside');
    await snap(page, 'tenant-calendar-busy-elsewhere');
  });

  await test.step('booking yesterday asks before recording a past visit', async () => {
    await page.goto(`${clinic.site}appointments?practiceId=${main.id}`);
    await page.getByRole('button', { name: /^Book Dr\. Tomás Rivera on .* at 10:00$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    await dialog.getByLabel('Patient').fill('Ruf');
    await dialog.getByRole('button', { name: /^Rufus/ }).click();
    await dialog.getByLabel('Date').fill(yesterdayUtc());
    await expect(dialog.getByLabel('Start')).toHaveValue('10:00');
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    await expect(dialog.getByText('This time is in the past')).toBeVisible();
    await expect(dialog).toBeVisible();
    await snap(page, 'tenant-booking-past');
    await dialog.getByRole('button', { name: 'Record past visit' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('moving a visit into the past asks first too (the server refuses it without the flag)', async () => {
    const booked = await clinicApi<{ id: string }>(page, 'POST', '/api/appointments', {
      practiceId: main.id,
      patientId: dog.id,
      veterinarianId: rivera.id,
      startsAt: `${day}T09:00:00.000Z`,
      durationMinutes: 30,
    });
    await page.goto(`${clinic.site}appointments?practiceId=${main.id}&date=${day}`);
    await page.getByTestId('appointment-block').filter({ hasText: 'Rufus' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rufus · Consultation' });
    await dialog.getByRole('button', { name: 'Edit or reschedule' }).click();
    await dialog.getByLabel('Date').fill(yesterdayUtc());
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog.getByText('This time is in the past')).toBeVisible();
    await dialog.getByRole('button', { name: 'Record past visit' }).click();
    await expect(dialog).toBeHidden();
    const moved = await clinicApi<{ startsAt: string }>(page, 'GET', `/api/appointments/${booked.id}`);
    expect(moved.startsAt).toBe(`${yesterdayUtc()}T09:00:00.000Z`);
  });
});

test('prescribing more than the stock warns; dispensing says how much is on hand, once', async ({ page }) => {
  const { clinic, vet, dog } = await seed(page);
  await signOutOfClinic(page);
  await signInToClinic(page, clinic, vet);
  await page.goto(`${clinic.site}patients/${dog.id}`);
  await page.getByRole('button', { name: 'Prescribe' }).click();
  const dialog = page.getByRole('dialog', { name: 'Prescribe for Rufus' });
  await expect(dialog.getByLabel('Strength')).toHaveValue('75 mg');
  await dialog.getByLabel('Dose').fill('1 tablet');
  await dialog.getByLabel('Frequency').fill('Once daily');
  await dialog.getByLabel('Quantity (tablet)').fill('500');
  await expect(dialog.getByText(/Only 41 tablets in stock/)).toBeVisible();
  await snap(page, 'tenant-prescribe-over-stock');
  await dialog.getByRole('button', { name: 'Save prescription' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('prescription-row').filter({ hasText: 'Carprofen' });
  await row.getByRole('button', { name: 'Dispense 500 tablets' }).click();
  await expect(row.getByRole('alert')).toHaveText('Not enough stock: 41 tablets on hand, 500 needed.');
  await expect(page.getByText(/Not enough stock/)).toHaveCount(1);
});

test('unsaved SOAP notes: leaving asks first, and drafts save themselves', async ({ page }) => {
  const { clinic, vet, dog } = await seed(page);
  await signOutOfClinic(page);
  await signInToClinic(page, clinic, vet);
  const record = await clinicApi<{ id: string }>(page, 'POST', '/api/medical-records', { patientId: dog.id });
  await page.goto(`${clinic.site}records/${record.id}`);
  await page.getByLabel('Subjective').fill('Coughing at night for a week.');
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  await test.step('a navigation link asks, and staying keeps the notes', async () => {
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();
    await expect.poll(() => asked).toContain('unsaved changes');
    await expect(page).toHaveURL(new RegExp(`/records/${record.id}$`));
    await expect(page.getByLabel('Subjective')).toHaveValue('Coughing at night for a week.');
  });

  await test.step('the draft saves itself, so a reload keeps it', async () => {
    await expect(page.getByText(/saved automatically/)).toBeVisible({ timeout: 15_000 });
    await page.reload();
    await expect(page.getByLabel('Subjective')).toHaveValue('Coughing at night for a week.');
  });
});

test('the dashboard agrees with the To dispense tab, and its low-stock list names each practice', async ({
  page,
}) => {
  const { clinic, main, northside, vet, dog } = await seed(page);
  for (const [practiceId, sku] of [
    [main.id, 'GAUZE-MAIN'],
    [northside.id, 'GAUZE-NORTH'],
  ] as const) {
    await clinicApi(page, 'POST', '/api/inventory', {
      sku,
      name: 'Gauze swabs',
      category: 'SUPPLY',
      unit: 'pack',
      reorderLevel: 50,
      openingQuantity: 5,
      practiceId,
    });
  }
  const drug = await clinicApi<{ id: string }>(page, 'POST', '/api/inventory', {
    sku: 'AMOX-FR',
    name: 'Amoxicillin 250 mg tablets',
    category: 'MEDICATION',
    unit: 'tablet',
    openingQuantity: 100,
    practiceId: main.id,
  });
  await page.goto(`${clinic.site}dashboard`);
  const lowStock = page
    .getByRole('region', { name: 'Low stock' })
    .or(page.locator('section', { hasText: 'Low stock' }));
  await expect(page.getByTestId('low-stock-practice')).toHaveCount(2);
  await expect(page.getByTestId('low-stock-practice').filter({ hasText: 'Northside' })).toHaveCount(1);
  await expect(lowStock.first()).toBeVisible();
  await signOutOfClinic(page);

  await signInToClinic(page, clinic, vet);
  const rx = await clinicApi<{ id: string }>(page, 'POST', '/api/prescriptions', {
    patientId: dog.id,
    inventoryItemId: drug.id,
    dose: '1 tablet',
    route: 'Oral',
    frequency: 'Twice daily',
    quantity: 14,
    refills: 1,
  });
  // The first fill is handed over; the refill is still to dispense, so the prescription stays ACTIVE.
  await clinicApi(page, 'POST', `/api/prescriptions/${rx.id}/dispense`, {});
  await page.goto(`${clinic.site}dashboard`);
  const stat = page.getByRole('link', { name: /Prescriptions to dispense/ });
  await expect(stat).toContainText('1');
  await stat.click();
  await expect(page.getByTestId('prescription-row')).toHaveCount(1);
});
