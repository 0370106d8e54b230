import crypto from 'node:crypto';

/** 32 random bytes for the cookie; only its SHA-256 is stored, so a database leak cannot be replayed. */
export function generateSessionToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
