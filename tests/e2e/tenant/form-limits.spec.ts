import { expect, test, type Locator, type Page } from '@playwright/test';
import { clinicApi, createClinic, signInToClinic, signOutOfClinic } from './clinic';

/**
 * Every clinic form stops typing where the API would refuse, and marks what the API requires: each input's
 * `maxLength`/`required` is compared with the request body the clinic's own OpenAPI document describes for the
 * operation the form sends (so the test follows the zod schemas, not a second copy of their limits).
 */

type Json = Record<string, unknown>;
type Limits = Record<string, { maxLength?: number; required: boolean }>;

async function openApi(page: Page): Promise<Json> {
  return page.evaluate(async () => (await (await fetch('/api/openapi.json')).json()) as Json);
}

function bodyLimits(doc: Json, method: string, path: string): Limits {
  const resolve = (node: unknown): Json => {
    const ref = (node as { $ref?: string } | null)?.$ref;
    if (!ref) return node as Json;
    return resolve(
      ref
        .slice(2)
        .split('/')
        .reduce<unknown>((at, key) => (at as Json)[key], doc),
    );
  };
  const maxLength = (node: unknown): number | undefined => {
    const schema = resolve(node);
    if (typeof schema?.maxLength === 'number') return schema.maxLength;
    for (const key of ['anyOf', 'oneOf', 'allOf'])
      for (const option of (schema?.[key] as unknown[] | undefined) ?? []) {
        const found = maxLength(option);
        if (found !== undefined) return found;
      }
    return undefined;
  };
  const operation = resolve(resolve((doc.paths as Json)[path])[method]);
  const body = resolve(
    ((operation.requestBody as Json).content as Record<string, { schema: unknown }>)['application/json']!
      .schema,
  );
  const required = new Set((body.required as string[] | undefined) ?? []);
  return Object.fromEntries(
    Object.entries(body.properties as Json).map(([name, schema]) => [
      name,
      { maxLength: maxLength(schema), required: required.has(name) },
    ]),
  );
}

/** The form's typed inputs match the body's limits; returns how many fields were compared (never zero). */
async function expectFormMatches(form: Locator, limits: Limits, label: string): Promise<void> {
  const inputs = await form
    .locator('input[name]:not([type="hidden"]), textarea[name]')
    .evaluateAll((elements) =>
      elements.map((e) => {
        const input = e as HTMLInputElement;
        return { name: input.name, maxLength: input.maxLength, required: input.required };
      }),
    );
  let compared = 0;
  for (const input of inputs) {
    const limit = limits[input.name];
    if (!limit) continue;
    if (limit.maxLength !== undefined) {
      expect(input.maxLength, `${label}: maxLength of ${input.name}`).toBe(limit.maxLength);
      compared++;
    }
    if (limit.required) {
      expect(input.required, `${label}: ${input.name} is required`).toBe(true);
      compared++;
    }
  }
  expect(compared, `${label}: fields compared`).toBeGreaterThan(0);
}

async function checkDialog(
  page: Page,
  doc: Json,
  trigger: Locator,
  dialogName: string | RegExp,
  operation: [method: string, path: string],
) {
  await trigger.click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  await expectFormMatches(dialog, bodyLimits(doc, ...operation), `${operation[0]} ${operation[1]}`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
}

test('clinic form inputs carry the maxLength and required of the API body they send', async ({ page }) => {
  const clinic = await createClinic(page, 'limits');
  await signInToClinic(page, clinic, clinic.admin);
  const [practice] = await clinicApi<Array<{ id: string }>>(page, 'GET', '/api/practices');
  const vet = { email: `vet@${clinic.slug}.test`, password: 'staff-password-1234' };
  await clinicApi(page, 'POST', '/api/users', {
    ...vet,
    name: 'Dr. Lena Limit',
    role: 'VETERINARIAN',
    practiceIds: [practice!.id],
  });
  const client = await clinicApi<{ id: string }>(page, 'POST', '/api/clients', {
    practiceId: practice!.id,
    name: 'Lou Limits',
  });
  const patient = await clinicApi<{ id: string }>(page, 'POST', '/api/patients', {
    clientId: client.id,
    name: 'Max',
    species: 'Dog',
  });
  await clinicApi(page, 'POST', '/api/inventory', {
    sku: 'LIM-1',
    name: 'Limit tablets',
    category: 'MEDICATION',
    unit: 'tablet',
    openingQuantity: 20,
  });
  const doc = await openApi(page);

  await page.goto(`${clinic.site}clients`);
  await checkDialog(page, doc, page.getByRole('button', { name: 'New client' }), 'Register a client', [
    'post',
    '/api/clients',
  ]);
  await page.goto(`${clinic.site}clients/${client.id}`);
  await checkDialog(page, doc, page.getByRole('button', { name: 'Add patient' }), 'Register a patient', [
    'post',
    '/api/patients',
  ]);
  await page.goto(`${clinic.site}patients/${patient.id}`);
  await checkDialog(page, doc, page.getByRole('button', { name: 'Record weight' }), 'Record weight', [
    'post',
    '/api/patients/{id}/weights',
  ]);
  await page.goto(`${clinic.site}inventory`);
  await checkDialog(page, doc, page.getByRole('button', { name: 'New item' }), 'New stock item', [
    'post',
    '/api/inventory',
  ]);
  await checkDialog(
    page,
    doc,
    page.getByRole('button', { name: 'Receive Limit tablets' }),
    'Receive Limit tablets',
    ['post', '/api/inventory/{id}/receive'],
  );
  await checkDialog(
    page,
    doc,
    page.getByRole('button', { name: 'Adjust Limit tablets' }),
    'Adjust Limit tablets',
    ['post', '/api/inventory/{id}/adjust'],
  );
  await page.goto(`${clinic.site}settings/practices`);
  await checkDialog(page, doc, page.getByRole('button', { name: 'Add practice' }), 'Add a practice', [
    'post',
    '/api/practices',
  ]);
  await page.goto(`${clinic.site}settings/users`);
  await checkDialog(page, doc, page.getByRole('button', { name: 'Add staff member' }), /staff member/i, [
    'post',
    '/api/users',
  ]);
  await page.goto(`${clinic.site}settings/plan`);
  await expectFormMatches(
    page.locator('form').filter({ has: page.getByLabel('Legal name') }),
    bodyLimits(doc, 'put', '/api/billing/profile'),
    'PUT /api/billing/profile',
  );
  await page.goto(`${clinic.site}appointments?practiceId=${practice!.id}&date=2030-06-03`);
  await checkDialog(
    page,
    doc,
    page.getByRole('button', { name: /^Book Dr\. Lena Limit on .* at 10:00$/ }),
    'Book an appointment',
    ['post', '/api/appointments'],
  );

  for (const [pagePath, apiPath] of [
    ['clients', '/api/clients'],
    ['patients', '/api/patients'],
    ['inventory', '/api/inventory'],
    ['settings/users', '/api/users'],
  ] as const) {
    await page.goto(`${clinic.site}${pagePath}`);
    const parameters = (((doc.paths as Json)[apiPath] as Json).get as Json).parameters as Array<{
      name: string;
      schema: { maxLength?: number };
    }>;
    const limit = parameters.find((parameter) => parameter.name === 'q')?.schema.maxLength;
    expect(limit, `${apiPath}: q has a maxLength`).toBeGreaterThan(0);
    await expect(page.getByRole('search').getByRole('searchbox')).toHaveAttribute('maxlength', String(limit));
  }

  await signOutOfClinic(page);
  await expectFormMatches(page.locator('form'), bodyLimits(doc, 'post', '/api/auth/login'), 'sign-in');
  await signInToClinic(page, clinic, vet);
  await page.goto(`${clinic.site}patients/${patient.id}`);
  await checkDialog(page, doc, page.getByRole('button', { name: 'Prescribe' }), 'Prescribe for Max', [
    'post',
    '/api/prescriptions',
  ]);
});
