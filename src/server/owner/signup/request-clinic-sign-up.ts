import { and, eq, ne } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { signupRequests, tenants } from '@/server/owner/db/schema';
import { recordAudit, type RequestMeta } from '@/server/owner/audit/record-audit';
import { queueMail } from '@/server/owner/mail/queue-mail';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { now } from '@/server/shared/clock';
import { conflict, notFound } from '@/server/shared/errors';
import { hashPassword } from '@/server/shared/passwords';
import { newResetToken } from '@/server/shared/reset-token';
import { assertNotThrottled, recordFailure, type ThrottleRule } from '@/server/shared/throttle';
import type { SignUpBody, SignUpResponse } from './sign-up.schema';
import { SIGNUP_TOKEN_HOURS } from './signup-token';

/**
 * Each address may start a few sign-ups an hour (counted whether or not they succeed), each e-mail address receive
 * a few confirmation mails (the form cannot be used to flood someone's inbox), and the platform as a whole a few
 * dozen: a script cannot fill the server with databases. Counters are shared by every app process.
 */
function signUpRules(ip: string, email: string): ThrottleRule[] {
  return [
    { key: `signup-ip:${ip}`, maxFailures: 3, windowSeconds: 3600, lockSeconds: 3600 },
    { key: `signup-email:${email.toLowerCase()}`, maxFailures: 3, windowSeconds: 3600, lockSeconds: 3600 },
    { key: 'signup-all', maxFailures: 30, windowSeconds: 3600, lockSeconds: 600 },
  ];
}

/**
 * A clinic asks to sign itself up: only while the operator's `signupsOpen` setting is on (otherwise 404, as if the
 * page did not exist). Nothing is created yet: the request is kept (password as its argon2id hash, token as its
 * SHA-256) and a one-time confirmation link is mailed through the Outbox/SMTP. Following the link
 * (verifyClinicSignUp) creates the clinic on the default plan, so nobody can open a clinic in someone else's name.
 */
export async function requestClinicSignUp(
  db: OwnerDb,
  options: { input: SignUpBody; origin: string; meta: RequestMeta & { ipAddress: string } },
): Promise<SignUpResponse> {
  const settings = await readSystemSettings(db);
  if (!settings.signupsOpen) throw notFound('Page');
  const { input } = options;
  const rules = signUpRules(options.meta.ipAddress, input.email);
  await assertNotThrottled(db, 'owner_login_throttle', rules);
  await recordFailure(db, 'owner_login_throttle', rules);
  // Checked now so the form can say so at once; the clinic itself is created at confirmation, which checks again.
  const [taken] = await db
    .select({ id: tenants.id })
    .from(tenants)
    .where(and(eq(tenants.slug, input.slug), ne(tenants.status, 'DELETED')));
  if (taken)
    throw conflict('SLUG_TAKEN', `The address "${input.slug}" is already in use. Choose another one.`, {
      fields: { slug: ['Already in use. Choose another address.'] },
    });

  const { token, id } = newResetToken();
  const expiresAt = new Date(now().getTime() + SIGNUP_TOKEN_HOURS * 3600_000);
  await db.insert(signupRequests).values({
    id,
    clinicName: input.clinicName,
    slug: input.slug,
    adminName: input.name,
    email: input.email,
    passwordHash: await hashPassword(input.password),
    ipAddress: options.meta.ipAddress,
    expiresAt,
  });
  await queueMail(db, {
    to: input.email,
    template: 'signup-verification',
    data: {
      name: input.name,
      clinicName: input.clinicName,
      url: `${options.origin}/signup/verify?token=${encodeURIComponent(token)}`,
      hours: SIGNUP_TOKEN_HOURS,
    },
  });
  await recordAudit(db, {
    action: 'tenant.signup_requested',
    targetType: 'signup_request',
    details: { slug: input.slug },
    ipAddress: options.meta.ipAddress,
    userAgent: options.meta.userAgent,
  });
  return {
    status: 'PENDING_VERIFICATION',
    slug: input.slug,
    email: input.email,
    expiresAt: expiresAt.toISOString(),
    message: `We have sent a confirmation link to ${input.email}. Open it within ${SIGNUP_TOKEN_HOURS} hours to create your clinic.`,
  };
}
