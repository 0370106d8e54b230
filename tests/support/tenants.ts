import { POST as login } from '@/app/api/auth/login/route';
import { provisionTenant } from '@/server/tenancy/provisioning/provision-tenant';
import type { Tenant } from '@/server/owner/db/schema';
import { callRoute, cookieFrom } from './http';
import { uniqueSlug } from './factories';

export type TestTenant = {
  tenant: Tenant;
  slug: string;
  /** e.g. http://clinic-ab12cd34.localhost:3000 */
  origin: string;
  admin: { email: string; password: string };
};

/**
 * Provisions a fresh tenant through the real provisioning code. On the unlimited Enterprise plan unless a test
 * is about plan limits: fixtures add practices and staff freely.
 */
export async function createTestTenant(prefix = 'clinic', planCode = 'enterprise'): Promise<TestTenant> {
  const slug = uniqueSlug(prefix);
  const admin = { email: `admin@${slug}.test`, password: 'admin-password-123' };
  const tenant = await provisionTenant({
    name: `Clinic ${slug}`,
    slug,
    planCode,
    admin: { ...admin, name: 'Test Admin' },
  });
  return { tenant, slug, origin: `http://${slug}.localhost:3000`, admin };
}

/** Signs in through POST /api/auth/login on the tenant's host and returns the Cookie header to send. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const res = await callRoute(login, {
    method: 'POST',
    url: `${origin}/api/auth/login`,
    body: { email, password },
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return cookieFrom(res.setCookie);
}
