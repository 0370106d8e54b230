import { expect, test, type Page } from '@playwright/test';
import { snap } from '../support/screenshots';
import { clinicApi, createClinic, signInToClinic, signOutOfClinic, type Clinic } from './clinic';

const PASSWORD = 'staff-password-1234';

type Seeded = {
  clinic: Clinic;
  receptionist: { email: string };
  vet: { email: string; name: string };
  patientName: string;
  sku: string;
};

/** Owner creates the clinic; its admin adds a receptionist, a veterinarian, a client with a dog and a stocked drug. */
async function seedClinic(page: Page): Promise<Seeded> {
  const clinic = await createClinic(page, 'visit');
  await signInToClinic(page, clinic, clinic.admin);
  const [practice] = await clinicApi<Array<{ id: string }>>(page, 'GET', '/api/practices');
  const practiceIds = [practice!.id];
  const receptionist = { email: `reception@${clinic.slug}.test` };
  const vet = { email: `vet@${clinic.slug}.test`, name: 'Dr. Vera Vet' };
  await clinicApi(page, 'POST', '/api/users', {
    email: receptionist.email,
    name: 'Rita Reception',
    role: 'RECEPTIONIST',
    password: PASSWORD,
    practiceIds,
  });
  await clinicApi(page, 'POST', '/api/users', {
    email: vet.email,
    name: vet.name,
    role: 'VETERINARIAN',
    password: PASSWORD,
    practiceIds,
  });
  const client = await clinicApi<{ id: string }>(page, 'POST', '/api/clients', {
    practiceId: practice!.id,
    name: 'Olivia Owner',
    phone: '+1 555 0101',
  });
  const patientName = 'Biscuit';
  await clinicApi(page, 'POST', '/api/patients', {
    clientId: client.id,
    name: patientName,
    species: 'Dog',
    breed: 'Beagle',
    sex: 'MALE',
  });
  const sku = 'CARP-75-E2E';
  await clinicApi(page, 'POST', '/api/inventory', {
    sku,
    name: 'Carprofen 75 mg tablets',
    category: 'MEDICATION',
    unit: 'tablet',
    reorderLevel: 10,
    openingQuantity: 50,
    priceMinor: 110,
  });
  await signOutOfClinic(page);
  return { clinic, receptionist, vet, patientName, sku };
}

function stockCell(page: Page, sku: string) {
  return page.locator(`[data-testid="inventory-row"][data-sku="${sku}"] [data-testid="quantity-on-hand"]`);
}

test('a receptionist books and checks in; a veterinarian signs the SOAP record, prescribes and dispenses; stock drops', async ({
  page,
}) => {
  const { clinic, receptionist, vet, patientName, sku } = await seedClinic(page);

  await test.step('the receptionist books an appointment by clicking a slot', async () => {
    await signInToClinic(page, clinic, { email: receptionist.email, password: PASSWORD });
    await snap(page, 'tenant-dashboard-empty');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Appointments' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Appointments' })).toBeVisible();
    await page.getByRole('button', { name: new RegExp(`^Book ${vet.name} on .* at 10:00$`) }).click();
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Patient').fill('Bisc');
    await dialog.getByRole('button', { name: new RegExp(`^${patientName}`) }).click();
    await dialog.getByLabel('Reason').fill('Limping on the right hind leg');
    await snap(page, 'tenant-booking-dialog');
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    // Late in the day (the clinic is on UTC) 10:00 has gone by: the dialog asks before recording a past visit.
    const past = dialog.getByText('This time is in the past');
    await expect(
      past.or(page.getByTestId('appointment-block').filter({ hasText: patientName })),
    ).toBeVisible();
    if (await past.isVisible()) await dialog.getByRole('button', { name: 'Record past visit' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('appointment-block').filter({ hasText: patientName })).toContainText(
      'Scheduled',
    );
  });

  await test.step('the receptionist checks the patient in with one click, and the dialog stays on it', async () => {
    const block = page.getByTestId('appointment-block').filter({ hasText: patientName });
    await block.click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`^${patientName}`) });
    // Cancelling is set apart from the workflow buttons.
    await expect(
      dialog.getByTestId('set-apart-actions').getByRole('button', { name: 'Cancel appointment' }),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Check in', exact: true }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Checked in', { exact: true })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Check in', exact: true })).toHaveCount(0);
    await expect(block).toContainText('Checked in');
    // Receptionists never see clinical notes, so there is no record action for them.
    await expect(dialog.getByRole('button', { name: 'Start medical record' })).toHaveCount(0);
    await snap(page, 'tenant-appointment-dialog');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await snap(page, 'tenant-calendar-day');
    await signOutOfClinic(page);
  });

  await test.step('the veterinarian starts the visit, which opens its record, and writes the SOAP notes', async () => {
    await signInToClinic(page, clinic, { email: vet.email, password: PASSWORD });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Appointments' }).click();
    const block = page.getByTestId('appointment-block').filter({ hasText: patientName });
    await block.click();
    await page
      .getByRole('dialog', { name: new RegExp(`^${patientName}`) })
      .getByRole('button', { name: 'Start visit' })
      .click();
    await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}$/);
    await page.getByLabel('Subjective').fill('Lame on the right hind leg for 3 days after running.');
    await page
      .getByLabel('Objective')
      .fill('Weight-bearing lameness 3/10, pain on stifle extension, no drawer sign.');
    await page.getByLabel('Assessment').fill('Soft-tissue strain of the right stifle.');
    await page.getByLabel('Plan').fill('Carprofen for 10 days, lead exercise only, recheck in 10 days.');
    await page.getByLabel('Temperature (°C)').fill('38.6');
    await page.getByLabel('Heart rate (bpm)').fill('96');
    await page.getByLabel('Weight (kg)').fill('12.4');
    await page.getByRole('button', { name: 'Add diagnosis' }).click();
    await page.getByLabel('Diagnosis 1 description').fill('Soft-tissue strain, right stifle');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByText(/^Draft · version \d+/)).toBeVisible();
    await snap(page, 'tenant-record-draft');
  });

  await test.step('the veterinarian signs the record', async () => {
    await page.getByRole('button', { name: 'Sign record' }).click();
    await page.getByRole('button', { name: 'Sign and lock' }).click();
    await expect(page.getByRole('heading', { name: 'Clinical notes (signed)' })).toBeVisible();
    await expect(page.getByText('Soft-tissue strain of the right stifle.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Amend record' })).toBeVisible();
  });

  await test.step('the veterinarian prescribes and dispenses; the stock shown drops', async () => {
    await page.getByRole('button', { name: 'Prescribe' }).click();
    const dialog = page.getByRole('dialog', { name: `Prescribe for ${patientName}` });
    await expect(dialog.getByLabel('Drug')).toContainText('Carprofen 75 mg tablets (50 tablets in stock)');
    await dialog.getByLabel('Strength').fill('75 mg');
    await dialog.getByLabel('Dose').fill('1 tablet');
    await dialog.getByLabel('Frequency').fill('Once daily with food');
    await dialog.getByLabel('Duration (days)').fill('10');
    await dialog.getByLabel('Quantity (tablet)').fill('10');
    await dialog.getByLabel('Instructions for the owner').fill('Give with breakfast.');
    await dialog.getByRole('button', { name: 'Save prescription' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByTestId('prescription-row').filter({ hasText: 'Carprofen' });
    await row.getByRole('button', { name: 'Dispense 10 tablets' }).click();
    await expect(row).toContainText('Completed');
    await expect(page.getByText('40 tablets left in stock')).toBeVisible();
    await snap(page, 'tenant-record-signed');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inventory' }).click();
    await expect(stockCell(page, sku)).toHaveText('40 tablets');
    await snap(page, 'tenant-inventory');
  });

  await test.step('the veterinarian completes the visit', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Appointments' }).click();
    const block = page.getByTestId('appointment-block').filter({ hasText: patientName });
    await block.click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`^${patientName}`) });
    await expect(dialog.getByRole('link', { name: 'Open medical record' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Complete visit' }).click();
    await expect(block).toContainText('Completed');
    // The dialog stays on the appointment, now completed; Close leaves it.
    await expect(dialog.getByText('Completed', { exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the other main pages render for the veterinarian', async () => {
    for (const [link, heading, file] of [
      ['Dashboard', /^Good (morning|afternoon|evening)/, 'tenant-dashboard'],
      ['Patients', 'Patients', 'tenant-patients'],
      ['Clients', 'Clients', 'tenant-clients'],
      ['Prescriptions', 'Prescriptions', 'tenant-prescriptions'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await snap(page, file);
    }
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();
    await page.getByRole('link', { name: patientName }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(patientName) })).toBeVisible();
    await expect(page.getByRole('main').getByText('Prescribed Carprofen 75 mg tablets')).toBeVisible();
    await snap(page, 'tenant-patient');
  });
});
