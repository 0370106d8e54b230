import { AppError } from '@/server/shared/errors';

/** A confirmation link lives a day: long enough for a mail that waits in a queue or a spam folder overnight. */
export const SIGNUP_TOKEN_HOURS = 24;

/**
 * Why a confirmation link cannot be used, as the clear 400 the verify page shows as it is; undefined when it can.
 */
export function signupTokenProblem(
  row: { expiresAt: Date; usedAt: Date | null } | undefined,
  at: Date,
): AppError | undefined {
  if (!row)
    return new AppError(
      400,
      'SIGNUP_TOKEN_INVALID',
      'This confirmation link is not valid. Check that you opened the whole link from the e-mail, or sign up again.',
    );
  if (row.usedAt)
    return new AppError(
      400,
      'SIGNUP_TOKEN_USED',
      'This confirmation link was already used. If your clinic was created, sign in at its address; otherwise sign up again.',
    );
  if (row.expiresAt.getTime() <= at.getTime())
    return new AppError(
      400,
      'SIGNUP_TOKEN_EXPIRED',
      `This confirmation link has expired (links work for ${SIGNUP_TOKEN_HOURS} hours). Sign up again to get a new one.`,
    );
  return undefined;
}
