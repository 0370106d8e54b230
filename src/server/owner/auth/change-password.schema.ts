import { z } from 'zod';

export const changePasswordBody = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(200),
    newPassword: z.string().min(10, 'Use at least 10 characters.').max(200),
  })
  .strict()
  .refine((body) => body.newPassword !== body.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });

export type ChangePasswordBody = z.output<typeof changePasswordBody>;
