import { z } from 'zod';
import { text } from '@/server/shared/validation';
import { newPasswordSchema } from './password.schema';

export const changePasswordBody = z
  .strictObject({
    currentPassword: text().min(1, 'Enter your current password.').max(200),
    newPassword: newPasswordSchema,
  })
  .refine((b) => b.currentPassword !== b.newPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });

export type ChangePasswordInput = z.infer<typeof changePasswordBody>;

export const changePasswordResponse = z.object({
  passwordChanged: z.literal(true),
  otherSessionsRevoked: z.number().int().describe('How many other sessions of this user were signed out.'),
});
