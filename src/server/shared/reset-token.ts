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

/** What a one-time link answers when it is unknown, already used or expired: a code and a message for each. */
export type UnusableTokenErrors = Record<'invalid' | 'used' | 'expired', { code: string; message: string }>;

/** Why a stored one-time token cannot be used, as the clear 400 to answer; undefined when it can. */
export function unusableTokenError(
  row: { expiresAt: Date; usedAt: Date | null } | undefined,
  at: Date,
  errors: UnusableTokenErrors,
): AppError | undefined {
  const reason = !row
    ? 'invalid'
    : row.usedAt
      ? 'used'
      : row.expiresAt.getTime() <= at.getTime()
        ? 'expired'
        : null;
  return reason ? new AppError(400, errors[reason].code, errors[reason].message) : undefined;
}

const RESET_TOKEN_ERRORS: UnusableTokenErrors = {
  invalid: { code: 'RESET_TOKEN_INVALID', message: 'This password link is not valid. Ask for a new one.' },
  used: { code: 'RESET_TOKEN_USED', message: 'This password link was already used. Ask for a new one.' },
  expired: { code: 'RESET_TOKEN_EXPIRED', message: 'This password link has expired. Ask for a new one.' },
};

/** The same clear 400s on both planes for a password link that cannot be used. */
export function assertUsableToken(row: { expiresAt: Date; usedAt: Date | null } | undefined, at: Date): void {
  const error = unusableTokenError(row, at, RESET_TOKEN_ERRORS);
  if (error) throw error;
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
