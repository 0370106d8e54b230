import { expect, test, type Page } from '@playwright/test';
import { snap } from '../support/screenshots';
import { clinicApi, createClinic, signInToClinic, signOutOfClinic } from './clinic';

const PASSWORD = 'staff-password-1234';

async function seed(page: Page) {
  const clinic = await createClinic(page, 'forms');
  await signInToClinic(page, clinic, clinic.admin);
  const [practice] = await clinicApi<Array<{ id: string }>>(page, 'GET', '/api/practices');
  const vet = { email: `vet@${clinic.slug}.test`, password: PASSWORD };
  await clinicApi(page, 'POST', '/api/users', {
    ...vet,
    name: 'Dr. Vera Vet',
    role: 'VETERINARIAN',
    practiceIds: [practice!.id],
  });
  const client = await clinicApi<{ id: string }>(page, 'POST', '/api/clients', {
    practiceId: practice!.id,
    name: 'Olivia Owner',
  });
  const biscuit = await clinicApi<{ id: string }>(page, 'POST', '/api/patients', {
    clientId: client.id,
    name: 'Biscuit',
    species: 'Dog',
  });
  const mango = await clinicApi<{ id: string }>(page, 'POST', '/api/patients', {
    clientId: client.id,
    name: 'Mango',
    species: 'Cat',
  });
  const drug = await clinicApi<{ id: string }>(page, 'POST', '/api/inventory', {
    sku: 'MELOX-E2E',
    name: 'Meloxicam 1 mg tablets',
    category: 'MEDICATION',
    unit: 'tablet',
    openingQuantity: 30,
  });
  return { clinic, vet, client, biscuit, mango, drug };
}

test('dialogs show API errors beside their fields, and reopen fresh', async ({ page }) => {
  const { clinic } = await seed(page);
  await page.goto(`${clinic.site}clients`);
  await page.getByRole('button', { name: 'New client' }).click();
  const dialog = page.getByRole('dialog', { name: 'Register a client' });
  await dialog.getByLabel('Full name').fill('Bob');
  await dialog.getByLabel('Email').fill('not-an-email');
  await dialog.getByLabel('Agrees to reminders and messages').check();
  await dialog.getByRole('button', { name: 'Register client' }).click();
  await expect(dialog.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Full name')).not.toHaveAttribute('aria-invalid', 'true');
  await snap(page, 'extra-client-dialog-error');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'New client' }).click();
  await expect(dialog.getByLabel('Email')).toHaveValue('');
  await expect(dialog.getByLabel('Email')).not.toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Full name').fill('Bob Builder');
  await dialog.getByLabel('Email').press('Enter');
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: /Bob Builder/ })).toBeVisible();

  await page.goto(`${clinic.site}settings/users`);
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const users = page.getByRole('dialog', { name: 'Add a staff member' });
  await users.getByLabel('Full name').fill('Tina Tech');
  await users.getByLabel('Email').fill(`tina@${clinic.slug}.test`);
  await users.getByLabel('Role').selectOption('TECHNICIAN');
  await users.getByLabel('Main Street Practice').uncheck();
  await users.getByRole('button', { name: 'Add staff member' }).click();
  await expect(users.getByText('Choose at least one practice for this role.')).toBeVisible();
  await expect(users.getByRole('group', { name: 'Works at' })).toHaveAccessibleDescription(
    /Choose at least one practice for this role\./,
  );
  await snap(page, 'extra-user-dialog-error');
  await users.getByLabel('Main Street Practice').check();
  await users.getByRole('button', { name: 'Add staff member' }).click();
  await expect(users.getByTestId('temporary-password')).toBeVisible();
  await users.getByRole('button', { name: 'Done' }).click();
  await expect(users).toBeHidden();
});

test('prescriptions filter by patient; a signed record is amended with its diagnoses', async ({ page }) => {
  const { clinic, vet, biscuit, mango, drug } = await seed(page);
  await signOutOfClinic(page);
  await signInToClinic(page, clinic, vet);
  await clinicApi(page, 'POST', '/api/prescriptions', {
    patientId: biscuit.id,
    inventoryItemId: drug.id,
    dose: '1 tablet',
    route: 'Oral',
    frequency: 'Once daily',
    quantity: 7,
  });
  const record = await clinicApi<{ id: string; version: number }>(page, 'POST', '/api/medical-records', {
    patientId: biscuit.id,
    subjective: 'Scratching the left ear.',
    diagnoses: [{ description: 'Otitis' }],
  });
  await clinicApi(page, 'POST', `/api/medical-records/${record.id}/sign`, { version: record.version });

  await page.goto(`${clinic.site}prescriptions`);
  await page.getByLabel('Patient').fill('Mang');
  await page.getByRole('button', { name: /^Mango/ }).click();
  await expect(page).toHaveURL(new RegExp(`patientId=${mango.id}`));
  await expect(page.getByText('Nothing waiting to be dispensed for Mango')).toBeVisible();
  await page.getByRole('link', { name: 'All', exact: true }).click();
  await expect(page).toHaveURL(/status=ALL/);
  await expect(page).toHaveURL(new RegExp(`patientId=${mango.id}`));
  await expect(page.getByText('Mango has no prescriptions')).toBeVisible();
  await page.getByRole('button', { name: 'Change' }).click();
  await page.getByLabel('Patient').fill('Bisc');
  await page.getByRole('button', { name: /^Biscuit/ }).click();
  await expect(page).toHaveURL(new RegExp(`patientId=${biscuit.id}`));
  await expect(page.getByTestId('prescription-row').filter({ hasText: 'Meloxicam' })).toBeVisible();
  await snap(page, 'extra-prescriptions-by-patient');
  await page.getByRole('link', { name: 'All patients' }).click();
  await expect(page).not.toHaveURL(/patientId=/);

  await page.goto(`${clinic.site}patients/${biscuit.id}`);
  await page.getByRole('link', { name: 'All prescriptions' }).click();
  await expect(page).toHaveURL(new RegExp(`/prescriptions\\?patientId=${biscuit.id}&status=ALL$`));
  await expect(page.getByTestId('prescription-row')).toHaveCount(1);

  await page.goto(`${clinic.site}records/${record.id}`);
  await page.getByRole('button', { name: 'Amend record' }).click();
  await expect(page.getByLabel('Diagnosis 1 description')).toHaveValue('Otitis');
  await page.getByLabel('Reason for the amendment').fill('Refined diagnosis after cytology');
  await page.getByRole('button', { name: 'Add diagnosis' }).click();
  await page.getByLabel('Diagnosis 2 code').fill('H60');
  await page.getByRole('button', { name: 'Add amendment' }).click();
  // A code without a description is refused by the API; the message sits beside that row.
  await expect(page.getByLabel('Diagnosis 2 description')).toHaveAttribute('aria-invalid', 'true');
  await snap(page, 'extra-amend-diagnosis-error');
  await page.getByLabel('Diagnosis 1 description').fill('Otitis externa, yeast');
  await page.getByLabel('Diagnosis 2 description').fill('Ear mites ruled out');
  await page.getByRole('button', { name: 'Add amendment' }).click();
  await expect(page.getByRole('button', { name: 'Amend record' })).toBeVisible();
  // The amendment lists each field with its label, old → new.
  await expect(page.getByTestId('amendment-change')).toHaveText(
    'Diagnoses: Otitis → Otitis externa, yeast; Ear mites ruled out',
  );
  await expect(page.getByRole('listitem').filter({ hasText: 'Ear mites ruled out' }).first()).toBeVisible();
  await snap(page, 'extra-record-amended');
  await page.getByRole('button', { name: 'Amend record' }).click();
  await expect(page.getByLabel('Diagnosis 1 description')).toHaveValue('Otitis externa, yeast');
  await page.getByLabel('Reason for the amendment').fill('No change');
  await page.getByRole('button', { name: 'Add amendment' }).click();
  await expect(page.getByText('Change at least one field to amend the record.')).toBeVisible();
});
