import type { Page } from '@playwright/test';

/** What scripts/run-e2e.ts hands to the specs: where the app is and how the owner signs in. */
function required(name: string, fallback?: string): string {
  const value = process.env[name] ?? fallback;
  if (!value) throw new Error(`${name} is not set; run the browser tests with \`npm run test:e2e\`.`);
  return value;
}

export const e2e = {
  baseUrl: required('E2E_BASE_URL', `http://localhost:${process.env.E2E_PORT ?? process.env.PORT ?? 3200}`),
  get port(): string {
    return new URL(this.baseUrl).port || '80';
  },
  owner: {
    email: required('E2E_OWNER_EMAIL', process.env.OWNER_EMAIL),
    password: required('E2E_OWNER_PASSWORD', process.env.OWNER_PASSWORD),
  },
};

/** `http://<slug>.localhost:<port>/`: Chromium resolves every *.localhost name to the loopback address. */
export function tenantSiteUrl(slug: string): string {
  return `http://${slug}.localhost:${e2e.port}/`;
}

/** Unique per run, and a valid slug (lower-case letter first). */
export function uniqueSlug(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/**
 * The HTTP status a tenant site answers in the browser (after redirects). Tenant hosts are reached through the
 * browser, not Playwright's API client: Node's resolver does not map *.localhost to the loopback address.
 */
export async function siteStatus(page: Page, url: string): Promise<number | undefined> {
  return (await page.goto(url))?.status();
}
