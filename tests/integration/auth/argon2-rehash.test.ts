import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { POST as ownerLogin } from '@/app/api/owner/auth/login/route';
import { ownerDb } from '@/server/owner/db/client';
import { ownerUsers } from '@/server/owner/db/schema';
import { upsertOwnerUser } from '@/server/owner/users/upsert-owner-user';
import { hashPassword, needsRehash, verifyPassword } from '@/server/shared/passwords';
import { users } from '@/server/tenant/db/schema';
import { legacyScryptHash } from '../../../scripts/lib/legacy-scrypt';
import { ownerCall, uniqueIp } from '@tests/support/owner-auth';
import { createPharmacyTenant, tenantDb } from '@tests/support/pharmacy-fixtures';
import { signIn } from '@tests/support/tenants';

/** Issue 8, point 13: argon2id (OWASP parameters) for new hashes; old scrypt hashes upgraded at the next sign-in. */
const ARGON2ID_OWASP = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/;

describe('password hashing', () => {
  it('hashes new passwords with argon2id at OWASP parameters and still verifies scrypt hashes', async () => {
    const hash = await hashPassword('a long enough passphrase');
    expect(hash).toMatch(ARGON2ID_OWASP);
    expect(await verifyPassword('a long enough passphrase', hash)).toBe(true);
    expect(await verifyPassword('another passphrase', hash)).toBe(false);
    const legacy = legacyScryptHash('a long enough passphrase');
    expect(await verifyPassword('a long enough passphrase', legacy)).toBe(true);
    expect(await verifyPassword('wrong', legacy)).toBe(false);
    expect(needsRehash(legacy)).toBe(true);
    expect(needsRehash(hash)).toBe(false);
    expect(needsRehash('$argon2id$v=19$m=4096,t=1,p=1$c2FsdA$aGFzaA')).toBe(true);
  });

  it('rehashes a clinic user’s scrypt hash to argon2id on the next successful sign-in only', async () => {
    const { t } = await createPharmacyTenant('rehash');
    const db = await tenantDb(t);
    const legacy = legacyScryptHash(t.admin.password);
    await db.update(users).set({ passwordHash: legacy }).where(eq(users.email, t.admin.email));
    await expect(signIn(t.origin, t.admin.email, 'not-the-password')).rejects.toThrow();
    const [afterFailure] = await db.select().from(users).where(eq(users.email, t.admin.email));
    expect(afterFailure!.passwordHash).toBe(legacy);
    await signIn(t.origin, t.admin.email, t.admin.password);
    const [after] = await db.select().from(users).where(eq(users.email, t.admin.email));
    expect(after!.passwordHash).toMatch(ARGON2ID_OWASP);
    await signIn(t.origin, t.admin.email, t.admin.password); // and the new hash works
  });

  it('rehashes an operator’s scrypt hash to argon2id on the next successful sign-in', async () => {
    const email = `rehash-${crypto.randomBytes(4).toString('hex')}@owner.test`;
    const password = 'operator-password-123';
    await upsertOwnerUser(ownerDb, { email, password });
    await ownerDb
      .update(ownerUsers)
      .set({ passwordHash: legacyScryptHash(password) })
      .where(eq(ownerUsers.email, email));
    const res = await ownerCall(ownerLogin, {
      method: 'POST',
      path: '/api/owner/auth/login',
      body: { email, password },
      headers: { 'x-forwarded-for': uniqueIp() },
    });
    expect(res.status).toBe(200);
    const [after] = await ownerDb.select().from(ownerUsers).where(eq(ownerUsers.email, email));
    expect(after!.passwordHash).toMatch(ARGON2ID_OWASP);
  });
});
