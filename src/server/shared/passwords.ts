import crypto from 'node:crypto';
import { promisify } from 'node:util';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';

/**
 * Password hashing: argon2id with OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1), through the native
 * @node-rs/argon2 binding (prebuilt, no install script). Hashes are PHC strings (`$argon2id$v=19$m=…`).
 *
 * Hashes written before argon2 (`scrypt$N$r$p$salt$hash`, N = 2^15, below OWASP's scrypt minimum) still verify;
 * `needsRehash` tells sign-in to replace them with an argon2id hash once the password has been proven.
 */
const ARGON2_PARAMS = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, which isolatedModules cannot read)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

const scrypt = promisify(crypto.scrypt) as (
  password: crypto.BinaryLike,
  salt: crypto.BinaryLike,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;
const SCRYPT_MAXMEM = 64 * 1024 * 1024;

const normalise = (password: string) => password.normalize('NFKC');

export async function hashPassword(password: string): Promise<string> {
  return argon2Hash(normalise(password), ARGON2_PARAMS);
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith('$argon2')) {
    try {
      return await argon2Verify(stored, normalise(password));
    } catch {
      return false; // a malformed stored hash never signs anyone in
    }
  }
  return verifyLegacyScrypt(password, stored);
}

/** True when a verified hash was made with another algorithm or weaker parameters than ARGON2_PARAMS. */
export function needsRehash(stored: string): boolean {
  const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored);
  if (!m) return true;
  return (
    Number(m[1]) < ARGON2_PARAMS.memoryCost ||
    Number(m[2]) < ARGON2_PARAMS.timeCost ||
    Number(m[3]) < ARGON2_PARAMS.parallelism
  );
}

async function verifyLegacyScrypt(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  try {
    const actual = await scrypt(normalise(password), Buffer.from(salt, 'base64url'), expected.length, {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: SCRYPT_MAXMEM,
    });
    return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

/** A hash of a random password, used to spend the same time when the account does not exist (no enumeration). */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomBytes(16).toString('hex'));
  return dummyHash;
}

export function generatePassword(bytes = 18): string {
  return crypto.randomBytes(bytes).toString('base64url');
}
