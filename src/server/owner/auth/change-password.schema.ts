import { z } from 'zod';
import { text } from '@/server/shared/validation';

export const changePasswordBody = z
  .object({
    currentPassword: text().min(1, 'Enter your current password.').max(200),
    newPassword: text().min(10, 'Use at least 10 characters.').max(200),
  })
  .strict()
  .refine((body) => body.newPassword !== body.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });

export type ChangePasswordBody = z.output<typeof changePasswordBody>;
