import type { OwnerDb } from '@/server/owner/db/client';
import { recordAudit, type RequestMeta } from '@/server/owner/audit/record-audit';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { tenantSiteUrl } from '@/server/owner/tenants/tenant-site-url';
import { recordInitialUsage } from '@/server/owner/usage/record-initial-usage';
import { notFound } from '@/server/shared/errors';
import { assertNotThrottled, recordFailure, type ThrottleRule } from '@/server/shared/throttle';
import { provisionTenant } from '@/server/tenancy/provisioning/provision-tenant';
import type { SignUpBody } from './sign-up.schema';

/**
 * Each address may start a few sign-ups an hour (counted whether or not they succeed), and the platform as a whole a
 * few dozen: a script cannot fill the server with databases. Counters are shared by every app process.
 */
function signUpRules(ip: string): ThrottleRule[] {
  return [
    { key: `signup-ip:${ip}`, maxFailures: 3, windowSeconds: 3600, lockSeconds: 3600 },
    { key: 'signup-all', maxFailures: 30, windowSeconds: 3600, lockSeconds: 600 },
  ];
}

/**
 * A clinic signs itself up: only while the operator's `signupsOpen` setting is on (otherwise 404, as if the page
 * did not exist). It gets the default plan, its slug address and its first administrator, exactly as an owner-made
 * tenant. E-mail verification is not done here yet: it needs the outbox of the e-mail work.
 */
export async function signUpClinic(
  db: OwnerDb,
  options: { input: SignUpBody; meta: RequestMeta & { ipAddress: string } },
): Promise<{ slug: string; siteUrl: string }> {
  const settings = await readSystemSettings(db);
  if (!settings.signupsOpen) throw notFound('Page');
  const rules = signUpRules(options.meta.ipAddress);
  await assertNotThrottled(db, 'owner_login_throttle', rules);
  await recordFailure(db, 'owner_login_throttle', rules);
  const { input } = options;
  const tenant = await provisionTenant({
    name: input.clinicName,
    slug: input.slug,
    planCode: settings.defaultPlanCode,
    admin: { name: input.name, email: input.email, password: input.password },
  });
  await recordInitialUsage(db, tenant.id);
  await recordAudit(db, {
    action: 'tenant.signup',
    targetType: 'tenant',
    targetId: tenant.id,
    details: { slug: tenant.slug, planCode: settings.defaultPlanCode },
    ipAddress: options.meta.ipAddress,
    userAgent: options.meta.userAgent,
  });
  return { slug: tenant.slug, siteUrl: tenantSiteUrl(tenant) };
}
