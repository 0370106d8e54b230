import { and, eq, gt, isNull } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { signupRequests, tenants, type SignupRequest, type Tenant } from '@/server/owner/db/schema';
import { recordAudit, type RequestMeta } from '@/server/owner/audit/record-audit';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { tenantSiteUrl } from '@/server/owner/tenants/tenant-site-url';
import { recordInitialUsage } from '@/server/owner/usage/record-initial-usage';
import { now } from '@/server/shared/clock';
import { AppError, conflict, isAppError, notFound } from '@/server/shared/errors';
import { hashToken } from '@/server/shared/tokens';
import {
  registerTenantWithHashedAdmin,
  runProvisioning,
} from '@/server/tenancy/provisioning/provision-tenant';
import type { VerifySignUpBody, VerifySignUpResponse } from './sign-up.schema';
import { signupTokenProblem } from './signup-token';

/**
 * Following the mailed link: the one moment a self-signed-up clinic is created (default plan, slug host, the
 * administrator it asked for). The link is claimed in one UPDATE, so two clicks at once (or a mail scanner and the
 * person) cannot both create it; unknown, expired and used links are clear 400s.
 */
export async function verifyClinicSignUp(
  db: OwnerDb,
  options: { input: VerifySignUpBody; meta: RequestMeta },
): Promise<VerifySignUpResponse> {
  const settings = await readSystemSettings(db);
  if (!settings.signupsOpen) throw notFound('Page');
  const at = now();
  const id = hashToken(options.input.token);
  const [claimed] = await db
    .update(signupRequests)
    .set({ usedAt: at })
    .where(and(eq(signupRequests.id, id), isNull(signupRequests.usedAt), gt(signupRequests.expiresAt, at)))
    .returning();
  if (!claimed) throw await unusableLinkError(db, id, at);

  const tenant = await registerClaimed(db, claimed, settings.defaultPlanCode);
  await db
    .update(signupRequests)
    .set({ tenantId: tenant.id, passwordHash: null })
    .where(eq(signupRequests.id, id));
  await recordAudit(db, {
    action: 'tenant.signup',
    targetType: 'tenant',
    targetId: tenant.id,
    details: { slug: tenant.slug, planCode: settings.defaultPlanCode },
    ipAddress: options.meta.ipAddress,
    userAgent: options.meta.userAgent,
  });
  // A failure from here on leaves the clinic FAILED with its error, for the operator to retry from the console.
  const active = await runProvisioning(tenant.id);
  await recordInitialUsage(db, active.id);
  return { slug: active.slug, siteUrl: tenantSiteUrl(active) };
}

async function registerClaimed(db: OwnerDb, claimed: SignupRequest, planCode: string): Promise<Tenant> {
  try {
    return await registerTenantWithHashedAdmin({
      name: claimed.clinicName,
      slug: claimed.slug,
      planCode,
      admin: { email: claimed.email, name: claimed.adminName, passwordHash: claimed.passwordHash ?? '' },
    });
  } catch (error) {
    if (isAppError(error) && error.code === 'SLUG_TAKEN') {
      // The link stays used (it can never succeed now), and the password hash it held goes.
      await db.update(signupRequests).set({ passwordHash: null }).where(eq(signupRequests.id, claimed.id));
      throw conflict(
        'SLUG_TAKEN',
        `Another clinic took the address "${claimed.slug}" before this link was opened. Sign up again with another address.`,
        { fields: { slug: ['Already in use.'] } },
      );
    }
    // Nothing was created (e.g. the database was unreachable): free the link so it works once things are back.
    await db
      .update(signupRequests)
      .set({ usedAt: null })
      .where(eq(signupRequests.id, claimed.id))
      .catch(() => undefined);
    throw error;
  }
}

/** Why a link could not be claimed; a used link that made a clinic says where that clinic is. */
async function unusableLinkError(db: OwnerDb, id: string, at: Date): Promise<AppError> {
  const [row] = await db.select().from(signupRequests).where(eq(signupRequests.id, id));
  if (row?.usedAt && row.tenantId) {
    const [tenant] = await db.select().from(tenants).where(eq(tenants.id, row.tenantId));
    if (tenant) {
      const siteUrl = tenantSiteUrl(tenant);
      return new AppError(
        400,
        'SIGNUP_TOKEN_USED',
        `This confirmation link was already used: ${tenant.name} is at ${siteUrl}. Sign in there.`,
        { siteUrl },
      );
    }
  }
  const problem = signupTokenProblem(row, at);
  if (problem) return problem;
  // Claimable now but not a moment ago: another request claimed and then released it.
  return new AppError(400, 'SIGNUP_TOKEN_USED', 'This confirmation link is being used right now. Try again.');
}
