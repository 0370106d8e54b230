import { and, eq } from 'drizzle-orm';
import { emailSchema, text } from '@/server/shared/validation';
import { z } from 'zod';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { users } from '@/server/tenant/db/schema';
import { AppError } from '@/server/shared/errors';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from '@/server/shared/passwords';
import {
  assertNotThrottled,
  clearFailures,
  loginThrottleRules,
  recordFailure,
} from '@/server/shared/throttle';
import {
  createTenantSession,
  deleteExpiredTenantSessions,
  practiceIdsOf,
  type TenantSessionUser,
} from './tenant-sessions';

export const loginBody = z.object({
  email: emailSchema,
  password: text().min(1).max(200),
});

/** Same rules as the owner sign-in: one generic 401, equal work either way, throttled per account and address. */
export async function loginUser(
  db: TenantDb,
  input: z.infer<typeof loginBody>,
  meta: { ipAddress: string; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date; user: TenantSessionUser & { mustChangePassword: boolean } }> {
  const rules = loginThrottleRules(input.email, meta.ipAddress);
  await assertNotThrottled(db, 'login_throttle', rules);
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !valid || !user.isActive) {
    await recordFailure(db, 'login_throttle', rules);
    throw new AppError(401, 'INVALID_CREDENTIALS', 'Email or password is incorrect.');
  }
  // A hash from before argon2id (scrypt) is replaced now that the password is proven; the guard on the old hash
  // keeps a password changed meanwhile from being overwritten.
  const upgradedHash = needsRehash(user.passwordHash) ? await hashPassword(input.password) : null;
  const session = await db.transaction(async (tx) => {
    await clearFailures(tx, 'login_throttle', rules);
    await deleteExpiredTenantSessions(tx, user.id);
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    if (upgradedHash)
      await tx
        .update(users)
        .set({ passwordHash: upgradedHash })
        .where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash)));
    return createTenantSession(tx, user.id, meta);
  });
  const sessionUser = { id: user.id, email: user.email, name: user.name, role: user.role };
  return {
    ...session,
    user: {
      ...sessionUser,
      practiceIds: await practiceIdsOf(db, sessionUser),
      mustChangePassword: user.mustChangePassword,
    },
  };
}
