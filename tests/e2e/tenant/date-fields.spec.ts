import { expect, test } from '@playwright/test';
import { snap } from '../support/screenshots';
import { clinicApi, createClinic, signInToClinic } from './clinic';

// The browser runs in US English, where <input type="date"> would show 06/03/2030 beside pages saying "3 Jun 2030".
test.use({ locale: 'en-US' });

const DAY_MONTH_YEAR = /^\d{1,2} [A-Z][a-z]{2} \d{4}$/;

test('date fields show dates as the clinic app does, accept day-first typing and the picker, and refuse non-dates', async ({
  page,
}) => {
  const clinic = await createClinic(page, 'dates');
  await signInToClinic(page, clinic, clinic.admin);
  const [practice] = await clinicApi<Array<{ id: string }>>(page, 'GET', '/api/practices');
  await clinicApi(page, 'POST', '/api/users', {
    email: `vet@${clinic.slug}.test`,
    password: 'staff-password-1234',
    name: 'Dr. Dana Date',
    role: 'VETERINARIAN',
    practiceIds: [practice!.id],
  });
  const client = await clinicApi<{ id: string }>(page, 'POST', '/api/clients', {
    practiceId: practice!.id,
    name: 'Della Date',
  });
  const patient = await clinicApi<{ id: string }>(page, 'POST', '/api/patients', {
    clientId: client.id,
    name: 'Tempo',
    species: 'Dog',
    dateOfBirth: '2020-02-14',
  });

  await test.step('the booking dialog shows its date as "3 Jun 2030", like the calendar', async () => {
    await page.goto(`${clinic.site}appointments?practiceId=${practice!.id}&date=2030-06-03`);
    await page.getByRole('button', { name: /^Book Dr\. Dana Date on .* at 10:00$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
    const date = dialog.getByLabel('Date');
    await expect(date).toHaveValue('3 Jun 2030');
    await expect(dialog.getByLabel('Start')).toHaveValue('10:00');
    await snap(page, 'tenant-booking-date-field');

    // A date that does not exist stops the form with a message saying what to type.
    await date.fill('31/02/2030');
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    await expect(dialog).toBeVisible();
    expect(await date.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe(
      'Enter a date such as 3 Mar 2026.',
    );

    // Day first, as the app writes dates: 4/6/2030 is 4 June, and it reads back in the app's format.
    await date.fill('4/6/2030');
    await date.blur();
    await expect(date).toHaveValue('4 Jun 2030');

    // The calendar button's picker sets the same field.
    await expect(dialog.getByRole('button', { name: 'Open calendar' })).toBeVisible();
    await dialog.locator('input[type="date"]').fill('2030-06-05');
    await expect(date).toHaveValue('5 Jun 2030');

    await dialog.getByLabel('Patient').fill('Tem');
    await dialog.getByRole('button', { name: /^Tempo/ }).click();
    await dialog.getByRole('button', { name: 'Book appointment' }).click();
    await expect(dialog).toBeHidden();
    const booked = await clinicApi<Array<{ startsAt: string }>>(
      page,
      'GET',
      `/api/appointments?patientId=${patient.id}`,
    );
    expect(booked.map((a) => a.startsAt.slice(0, 10))).toEqual(['2030-06-05']);
  });

  await test.step("the patient's date of birth reads and saves the same way", async () => {
    await page.goto(`${clinic.site}patients/${patient.id}`);
    await page.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog');
    const dob = dialog.getByLabel('Date of birth');
    await expect(dob).toHaveValue('14 Feb 2020');
    await expect(dob).toHaveValue(DAY_MONTH_YEAR);
    await dob.fill('15 March 2020');
    await dialog.getByRole('button', { name: /^Save/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('15 Mar 2020')).toBeVisible();
  });
});
