import type { AppError } from '@/server/shared/errors';
import { unusableTokenError, type UnusableTokenErrors } from '@/server/shared/reset-token';

/** A confirmation link lives a day: long enough for a mail that waits in a queue or a spam folder overnight. */
export const SIGNUP_TOKEN_HOURS = 24;

export const SIGNUP_TOKEN_ERRORS: UnusableTokenErrors = {
  invalid: {
    code: 'SIGNUP_TOKEN_INVALID',
    message:
      'This confirmation link is not valid. Check that you opened the whole link from the e-mail, or sign up again.',
  },
  used: {
    code: 'SIGNUP_TOKEN_USED',
    message:
      'This confirmation link was already used. If your clinic was created, sign in at its address; otherwise sign up again.',
  },
  expired: {
    code: 'SIGNUP_TOKEN_EXPIRED',
    message: `This confirmation link has expired (links work for ${SIGNUP_TOKEN_HOURS} hours). Sign up again to get a new one.`,
  },
};

/**
 * Why a confirmation link cannot be used, as the clear 400 the verify page shows as it is; undefined when it can.
 */
export function signupTokenProblem(
  row: { expiresAt: Date; usedAt: Date | null } | undefined,
  at: Date,
): AppError | undefined {
  return unusableTokenError(row, at, SIGNUP_TOKEN_ERRORS);
}
