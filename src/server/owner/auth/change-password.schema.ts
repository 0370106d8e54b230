import { z } from 'zod';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';
import { text } from '@/server/shared/validation';

export const changePasswordBody = z
  .object({
    currentPassword: text().min(1, 'Enter your current password.').max(L.password.max),
    newPassword: text()
      .min(L.newPassword.min, `Use at least ${L.newPassword.min} characters.`)
      .max(L.newPassword.max),
  })
  .strict()
  .refine((body) => body.newPassword !== body.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });

export type ChangePasswordBody = z.output<typeof changePasswordBody>;
