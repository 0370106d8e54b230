import { AppError } from './errors';
import { generateSessionToken, hashToken } from './tokens';

/** Reset links live 30 minutes; invitations 7 days. */
export const RESET_TOKEN_MINUTES = 30;
export const INVITE_TOKEN_DAYS = 7;

/** A random one-time token and the SHA-256 stored in its place (a leaked table cannot be replayed). */
export function newResetToken(): { token: string; id: string } {
  const token = generateSessionToken();
  return { token, id: hashToken(token) };
}

/** The same clear 400s on both planes for a token that cannot be used. */
export function assertUsableToken(row: { expiresAt: Date; usedAt: Date | null } | undefined, at: Date): void {
  if (!row)
    throw new AppError(400, 'RESET_TOKEN_INVALID', 'This password link is not valid. Ask for a new one.');
  if (row.usedAt)
    throw new AppError(400, 'RESET_TOKEN_USED', 'This password link was already used. Ask for a new one.');
  if (row.expiresAt.getTime() <= at.getTime())
    throw new AppError(400, 'RESET_TOKEN_EXPIRED', 'This password link has expired. Ask for a new one.');
}

/**
 * The origin a link is built on: the host (with its port) the request came to. The route wrapper has already
 * resolved that host to this plane or clinic, so the link can only point back at it; anything that does not look
 * like a host name falls back to the normalised host.
 */
export function linkOrigin(rawHost: string | null, normalisedHost: string, secure: boolean): string {
  const candidate = rawHost?.trim().toLowerCase() ?? '';
  const match = /^([a-z0-9.-]+)(:\d{1,5})?$/.exec(candidate);
  const host = match && match[1] === normalisedHost ? candidate : normalisedHost;
  return `${secure ? 'https' : 'http'}://${host}`;
}
