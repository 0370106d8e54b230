import crypto from 'node:crypto';

/**
 * Writes a password hash the way SmartDMV did before argon2id (`scrypt$N$r$p$salt$hash`, N = 2^15, r = 8, p = 1).
 * Only the sign-in benchmark and the rehash tests use it, to stand for accounts created by older versions.
 */
export function legacyScryptHash(password: string): string {
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(password.normalize('NFKC'), salt, 32, {
    N: 2 ** 15,
    r: 8,
    p: 1,
    maxmem: 64 * 1024 * 1024,
  });
  return ['scrypt', 2 ** 15, 8, 1, salt.toString('base64url'), hash.toString('base64url')].join('$');
}
