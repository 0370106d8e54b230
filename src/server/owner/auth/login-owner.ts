import { and, eq } from 'drizzle-orm';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';
import { emailSchema, text } from '@/server/shared/validation';
import { z } from 'zod';
import type { OwnerDb } from '@/server/owner/db/client';
import { ownerUsers } from '@/server/owner/db/schema';
import { recordAudit } from '@/server/owner/audit/record-audit';
import { AppError } from '@/server/shared/errors';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from '@/server/shared/passwords';
import {
  assertNotThrottled,
  clearFailures,
  loginThrottleRules,
  recordFailure,
} from '@/server/shared/throttle';
import { createOwnerSession, type OwnerSessionUser } from './owner-sessions';

export const ownerLoginBody = z.object({
  email: emailSchema,
  password: text().min(1).max(L.password.max),
});

export type OwnerLoginResult = { token: string; expiresAt: Date; user: OwnerSessionUser };

/**
 * Email + password sign-in. Unknown email and wrong password give the same 401 after the same scrypt work, so
 * responses reveal nothing about which accounts exist. Failures are throttled per account and per address.
 */
export async function loginOwner(
  db: OwnerDb,
  input: z.infer<typeof ownerLoginBody>,
  meta: { ipAddress: string; userAgent: string | null },
): Promise<OwnerLoginResult> {
  const rules = loginThrottleRules(input.email, meta.ipAddress);
  await assertNotThrottled(db, 'owner_login_throttle', rules);
  const [user] = await db.select().from(ownerUsers).where(eq(ownerUsers.email, input.email));
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !valid || !user.isActive) {
    await recordFailure(db, 'owner_login_throttle', rules);
    await recordAudit(db, {
      // An existing account is named as the one tried (not "Unknown"); an unknown e-mail stays in details only.
      actor: user ? { id: user.id, email: user.email } : null,
      action: 'owner.login_failed',
      targetType: 'owner_user',
      details: { email: input.email },
      ipAddress: meta.ipAddress,
      userAgent: meta.userAgent,
    });
    throw new AppError(401, 'INVALID_CREDENTIALS', 'Email or password is incorrect.');
  }
  await clearFailures(db, 'owner_login_throttle', rules);
  const session = await createOwnerSession(db, user.id, meta);
  await db.update(ownerUsers).set({ lastLoginAt: new Date() }).where(eq(ownerUsers.id, user.id));
  // A pre-argon2id (scrypt) hash is replaced now that the password is proven; the guard on the old hash keeps a
  // password changed meanwhile from being overwritten.
  if (needsRehash(user.passwordHash))
    await db
      .update(ownerUsers)
      .set({ passwordHash: await hashPassword(input.password) })
      .where(and(eq(ownerUsers.id, user.id), eq(ownerUsers.passwordHash, user.passwordHash)));
  await recordAudit(db, {
    actor: user,
    action: 'owner.login',
    targetType: 'owner_user',
    targetId: user.id,
    ipAddress: meta.ipAddress,
    userAgent: meta.userAgent,
  });
  return { ...session, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
