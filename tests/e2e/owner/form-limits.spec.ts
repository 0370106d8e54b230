import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInOwnerByApi } from '../support/owner';
import { snap } from '../support/screenshots';

type Schema = {
  type?: string | string[];
  maxLength?: number;
  minLength?: number;
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
};
type Operation = {
  requestBody?: { content: Record<string, { schema: Schema }> };
  parameters?: Array<{ name: string; in: string; schema: Schema }>;
};
type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

/** The request body schema the app documents (and parses with) for one operation. */
function bodySchema(doc: OpenApi, method: string, path: string): Schema {
  let schema = doc.paths[path]?.[method]?.requestBody?.content['application/json']?.schema;
  if (schema?.$ref) schema = doc.components.schemas[schema.$ref.split('/').pop()!];
  if (!schema?.properties) throw new Error(`no body schema for ${method} ${path}`);
  return schema;
}

/** The string branch of a field (a nullable one is `anyOf: [string, null]`). */
function stringPart(field: Schema): Schema | undefined {
  if (field.type === 'string') return field;
  return field.anyOf?.find((s) => s.type === 'string');
}

/**
 * Every input of `form` named after a string field of the body schema carries that field's maxLength (and minLength
 * above 1), and every input of a field the schema requires is required. Returns how many fields were compared.
 */
async function expectInputsMatch(form: Locator, schema: Schema): Promise<number> {
  let compared = 0;
  for (const [name, field] of Object.entries(schema.properties!)) {
    const input = form.locator(`[name="${name}"]`);
    if ((await input.count()) === 0) continue;
    const text = stringPart(field);
    if (text?.maxLength !== undefined) {
      await expect(input, `${name} maxlength`).toHaveAttribute('maxlength', String(text.maxLength));
      compared++;
    }
    if (text?.minLength !== undefined && text.minLength > 1)
      await expect(input, `${name} minlength`).toHaveAttribute('minlength', String(text.minLength));
    if (schema.required?.includes(name)) {
      await expect(input, `${name} required`).toHaveAttribute('required', '');
      compared++;
    }
  }
  return compared;
}

/** The maxLength the app documents for one query parameter of a list. */
function queryMaxLength(doc: OpenApi, path: string, name: string): number {
  const param = doc.paths[path]?.get?.parameters?.find((p) => p.in === 'query' && p.name === name);
  const max = param && stringPart(param.schema)?.maxLength;
  if (max === undefined) throw new Error(`no maxLength for ${name} of GET ${path}`);
  return max;
}

async function openApi(page: Page): Promise<OpenApi> {
  const res = await page.request.get('/api/openapi.json');
  expect(res.status()).toBe(200);
  return (await res.json()) as OpenApi;
}

test('owner console inputs carry the maxLength and required of the schema their API parses with', async ({
  page,
}) => {
  await signInOwnerByApi(page);
  const doc = await openApi(page);

  await test.step('settings: system, billing and password forms', async () => {
    await page.goto('/owner/settings');
    const settings = bodySchema(doc, 'put', '/api/owner/settings');
    const forms = page.locator('form');
    let compared = 0;
    for (const title of ['System settings', 'Tax and billing'])
      compared += await expectInputsMatch(forms.filter({ hasText: title }), settings);
    expect(compared).toBeGreaterThanOrEqual(6);
    const password = forms.filter({ hasText: 'Your password' });
    expect(
      await expectInputsMatch(password, bodySchema(doc, 'post', '/api/owner/auth/password')),
    ).toBeGreaterThanOrEqual(3);
  });

  await test.step('the new plan dialog', async () => {
    await page.goto('/owner/plans');
    await page.getByRole('button', { name: 'New plan' }).click();
    const dialog = page.getByRole('dialog');
    expect(
      await expectInputsMatch(dialog, bodySchema(doc, 'post', '/api/owner/plans')),
    ).toBeGreaterThanOrEqual(4);
    await page.keyboard.press('Escape');
  });

  await test.step('the list filters', async () => {
    for (const [page_, api, name] of [
      ['/owner/tenants', '/api/owner/tenants', 'q'],
      ['/owner/audit', '/api/owner/audit', 'actor'],
      ['/owner/billing/invoices', '/api/owner/invoices', 'q'],
      ['/owner/outbox', '/api/owner/outbox', 'recipient'],
    ] as const) {
      await page.goto(page_);
      await expect(page.locator(`form [name="${name}"]`), `${page_} ${name}`).toHaveAttribute(
        'maxlength',
        String(queryMaxLength(doc, api, name)),
      );
    }
  });

  await test.step('the add-server dialog', async () => {
    await page.goto('/owner/servers');
    await page.getByRole('button', { name: 'Add server' }).click();
    const dialog = page.getByRole('dialog');
    expect(
      await expectInputsMatch(dialog, bodySchema(doc, 'post', '/api/owner/servers')),
    ).toBeGreaterThanOrEqual(8);
    await page.keyboard.press('Escape');
  });
});

test('the new plan dialog stops typing at the limit and explains a refused code in plain words', async ({
  page,
}) => {
  await signInOwnerByApi(page);
  await page.goto('/owner/plans');
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('N'.repeat(150));
  await expect(dialog.getByLabel('Name')).toHaveValue('N'.repeat(100));
  await dialog.getByLabel('Name').fill('Premium');
  await dialog.getByLabel('Code').fill('Not A Code');
  await dialog.getByLabel('Price').fill('49.00');
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(
    dialog.getByText('Use 2–40 lower-case letters, digits, hyphens or underscores, starting with a letter.'),
  ).toBeVisible();
  await expect(dialog.getByText(/expected|Invalid|Too big/)).toHaveCount(0);
  await snap(page, 'owner-plan-form-human-error');
});
