import 'server-only';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { ownerDb } from '@/server/owner/db/client';
import { verifySignUpBody } from '@/server/owner/signup/sign-up.schema';
import { SIGNUP_TOKEN_ERRORS } from '@/server/owner/signup/signup-token';
import { verifyClinicSignUp } from '@/server/owner/signup/verify-clinic-sign-up';
import { isAppError } from '@/server/shared/errors';
import { clientIp, userAgent } from '@/server/shared/http/request';
import { rethrowAsOutage } from '@/server/shared/pages/outage-redirect';
import { getPlatformSettings } from '@/server/tenancy/owner-gateway/platform-settings';
import { isApexHost, requestHost } from '@/server/tenancy/routing/hosts';

export type SignUpVerifyView =
  | { ok: true; slug: string; siteUrl: string }
  | { ok: false; code: string; message: string; siteUrl: string | null; supportEmail: string | null };

/**
 * GET /signup/verify?token=…: following the mailed link creates the clinic (apex host only, and only while
 * self sign-up is open; else 404). A link that cannot be used gives a page that says why, never an error page.
 */
export async function loadSignUpVerifyPage(token: string | undefined): Promise<SignUpVerifyView> {
  const h = await headers();
  if (!isApexHost(requestHost(h))) notFound();
  const { signupsOpen, supportEmail } = await getPlatformSettings();
  if (!signupsOpen) notFound();
  const parsed = verifySignUpBody.safeParse({ token });
  if (!parsed.success) return { ok: false, ...SIGNUP_TOKEN_ERRORS.invalid, siteUrl: null, supportEmail };
  try {
    const created = await verifyClinicSignUp(ownerDb, {
      input: parsed.data,
      meta: { ipAddress: clientIp({ headers: h }), userAgent: userAgent({ headers: h }) },
    });
    return { ok: true, ...created };
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    if (isAppError(error) && error.status < 500) {
      const details = error.details as { siteUrl?: unknown } | undefined;
      const siteUrl = typeof details?.siteUrl === 'string' ? details.siteUrl : null;
      return { ok: false, code: error.code, message: error.message, siteUrl, supportEmail };
    }
    if (isAppError(error) && error.code === 'PROVISIONING_FAILED')
      return {
        ok: false,
        code: error.code,
        message:
          'Your e-mail is confirmed, but we could not finish setting up your clinic. The operator can see it and will finish it; you do not need to sign up again.',
        siteUrl: null,
        supportEmail,
      };
    return rethrowAsOutage(error);
  }
}
