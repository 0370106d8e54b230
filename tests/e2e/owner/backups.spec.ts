import { expect, test } from '@playwright/test';
import { snap } from '../support/screenshots';
import { createClinic } from '../tenant/clinic';

test('the Backups tab backs a clinic up, lists it, and restores it in place after a typed confirmation', async ({
  page,
}) => {
  const clinic = await createClinic(page, 'e2e-backup');
  const listed = await page.request.get(`/api/owner/tenants?q=${clinic.slug}`);
  const [tenant] = ((await listed.json()) as { data: Array<{ id: string }> }).data;

  await page.goto(`/owner/tenants/${tenant!.id}/backups`);
  await expect(page.getByText('No backups yet')).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup finished.')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'manual' });
  await expect(row.getByText('complete')).toBeVisible();

  await row.getByRole('button', { name: 'Restore' }).click();
  const confirm = page.getByRole('button', { name: 'Restore in place' });
  await expect(confirm).toBeDisabled();
  await page.getByLabel(`Type ${clinic.slug} to confirm`).fill(clinic.slug);
  await confirm.click();
  await expect(page.getByText('Restore finished.')).toBeVisible();
  // The restore took its own pre-restore backup first (the manual one's row may mention it too).
  await expect(page.getByRole('row').filter({ hasText: 'pre-restore' }).first()).toBeVisible();

  // At phone width the list stays usable (the table scrolls inside its card).
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeVisible();
  await snap(page, 'owner-backups-tab');

  // The tenants table shows the age of the last good backup.
  await page.goto(`/owner/tenants?q=${clinic.slug}`);
  await expect(page.getByRole('cell', { name: /min ago/ })).toBeVisible();
});
