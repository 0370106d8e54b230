import { text } from '@/server/shared/validation';

/** The rule for every password a person chooses (sign-up, admin-set, change). Length is what protects it. */
export const newPasswordSchema = text()
  .min(10, 'Use at least 10 characters.')
  .max(200, 'Use at most 200 characters.');
