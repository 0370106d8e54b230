import { expect, test, type Page } from '@playwright/test';
import { snap } from '../support/screenshots';
import { clinicApi, createClinic, signInToClinic } from './clinic';

// A real 2×2 PNG (the upload checks the bytes, not the name).
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==';

/** Uploads a file for the patient from inside the page (same origin, the session cookie rides along). */
async function upload(page: Page, patientId: string, name: string, type: string, base64: string) {
  const status = await page.evaluate(
    async ({ patientId, name, type, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const form = new FormData();
      form.set('patientId', patientId);
      form.set('category', 'medical-imaging');
      form.set('file', new File([bytes], name, { type }));
      return (await fetch('/api/files', { method: 'POST', body: form })).status;
    },
    { patientId, name, type, base64 },
  );
  expect(status, `upload ${name}`).toBe(201);
}

test('a patient page shows image thumbnails and a weight chart with kg and dates on the practice clock', async ({
  page,
}) => {
  const clinic = await createClinic(page, 'media');
  await signInToClinic(page, clinic, clinic.admin);
  const [practice] = await clinicApi<Array<{ id: string }>>(page, 'GET', '/api/practices');
  // Auckland is 13 hours ahead in March: an evening weighing in UTC is the next day at the practice.
  await clinicApi(page, 'PATCH', `/api/practices/${practice!.id}`, { timezone: 'Pacific/Auckland' });
  const client = await clinicApi<{ id: string }>(page, 'POST', '/api/clients', {
    practiceId: practice!.id,
    name: 'Mira Media',
  });
  const patient = await clinicApi<{ id: string }>(page, 'POST', '/api/patients', {
    clientId: client.id,
    name: 'Pixel',
    species: 'Dog',
  });
  for (const [measuredAt, weightKg] of [
    ['2026-01-10T20:00:00.000Z', 11.4],
    ['2026-02-10T20:00:00.000Z', 12.1],
    ['2026-03-10T20:00:00.000Z', 12.8],
  ] as const) {
    await clinicApi(page, 'POST', `/api/patients/${patient.id}/weights`, { weightKg, measuredAt });
  }
  await upload(page, patient.id, 'hip-xray.png', 'image/png', PNG_BASE64);
  await upload(page, patient.id, 'lab-report.txt', 'text/plain', btoa('Bloods normal.'));

  await page.goto(`${clinic.site}patients/${patient.id}`);

  await test.step('the image has a thumbnail served by the signed-in download route; the text file has none', async () => {
    const thumbnails = page.getByTestId('file-thumbnail');
    await expect(thumbnails).toHaveCount(1);
    const image = page.getByRole('img', { name: 'Preview of hip-xray.png' });
    await expect(image).toBeVisible();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(2);
    await expect(image).toHaveAttribute('src', /^\/api\/files\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('link', { name: 'lab-report.txt' })).toBeVisible();
  });

  await test.step('the weight chart has a kg axis with round ticks and the first and last dates', async () => {
    const chart = page.getByTestId('weight-chart');
    await expect(chart.getByTestId('weight-axis-unit')).toHaveText('kg');
    const ticks = await chart.getByTestId('weight-axis-tick').allTextContents();
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    const values = ticks.map(Number);
    expect(values.every((v) => Number.isFinite(v))).toBe(true);
    expect(Math.min(...values)).toBeLessThanOrEqual(11.4);
    expect(Math.max(...values)).toBeGreaterThanOrEqual(12.8);
    // 20:00 UTC on the 10th is the 11th in Auckland.
    await expect(chart.getByTestId('weight-axis-date')).toHaveText(['11 Jan 2026', '11 Mar 2026']);
    await expect(chart).toHaveAttribute('aria-label', /Weight in kg from 11.4 kg on 11 Jan 2026 to 12.8 kg/);
    await snap(page, 'tenant-patient-thumbnail-weight-chart');
  });
});

test('inventory rows offer the same actions, in the same style, under an Actions header', async ({
  page,
}) => {
  const clinic = await createClinic(page, 'stockrow');
  await signInToClinic(page, clinic, clinic.admin);
  for (const [sku, name] of [
    ['GAUZE-1', 'Gauze swabs'],
    ['MELOX-1', 'Meloxicam 1 mg tablets'],
  ] as const) {
    await clinicApi(page, 'POST', '/api/inventory', {
      sku,
      name,
      category: 'SUPPLY',
      unit: 'pack',
      openingQuantity: 10,
    });
  }
  await page.goto(`${clinic.site}inventory`);
  const table = page.getByRole('table', { name: 'Stock items' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Item',
    'On hand',
    'Reorder at',
    'Lot · expiry',
    'Price',
    'Actions',
  ]);
  const rows = table.getByTestId('inventory-row');
  await expect(rows).toHaveCount(2);
  const styles: string[] = [];
  for (const name of ['Gauze swabs', 'Meloxicam 1 mg tablets']) {
    const actions = rows.filter({ hasText: name }).getByTestId('inventory-row-actions').getByRole('button');
    // Each button names its item for screen readers; the visible verbs are the same on every row.
    await expect(actions).toHaveText(['Receive', 'Adjust'].map((verb) => `${verb} ${name}`));
    await expect(actions.first()).toHaveAccessibleName(`Receive ${name}`);
    styles.push(...(await actions.evaluateAll((buttons) => buttons.map((b) => b.className))));
  }
  expect(new Set(styles).size).toBe(1);
  await rows.filter({ hasText: 'Gauze swabs' }).getByRole('button', { name: 'Adjust Gauze swabs' }).click();
  await expect(page.getByRole('dialog', { name: 'Adjust Gauze swabs' })).toBeVisible();
  await snap(page, 'tenant-inventory-row-actions');
});
