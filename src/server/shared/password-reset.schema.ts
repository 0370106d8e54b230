import { z } from 'zod';
import { emailSchema } from './validation';

export const forgotPasswordBody = z.object({ email: emailSchema }).strict();
export type ForgotPasswordBody = z.output<typeof forgotPasswordBody>;

export const resetPasswordBody = z
  .object({
    token: z.string().min(20, 'This password link is not valid.').max(200),
    password: z.string().min(10, 'Use at least 10 characters.').max(200, 'Use at most 200 characters.'),
  })
  .strict();
export type ResetPasswordBody = z.output<typeof resetPasswordBody>;

export const forgotPasswordResponse = z.object({
  sent: z.literal(true),
  message: z.string(),
});

/** Always the same words, whether or not the address has an account. */
export const FORGOT_PASSWORD_MESSAGE =
  'If an account exists for that address, we have sent it a link to choose a new password. The link expires in 30 minutes.';
