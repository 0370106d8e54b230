import { z } from 'zod';
import { paginationQuery } from '@/server/shared/http/pagination';
import { emailSchema, text } from '@/server/shared/validation';
import { newPasswordSchema } from '@/server/tenant/auth/password.schema';
import { TENANT_ROLES } from '@/server/tenant/db/schema';

export const userParams = z.object({ id: z.uuid() });

const roleSchema = z.enum(TENANT_ROLES);

const practiceIdsSchema = z
  .array(z.uuid())
  .max(100)
  .refine((ids) => new Set(ids).size === ids.length, 'List each practice once.');

/** A staff member as the API shows it: never the password hash. */
export const userSchema = z.object({
  id: z.uuid(),
  email: text(),
  name: text(),
  role: roleSchema,
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  practiceIds: z
    .array(z.uuid())
    .describe('Practices the user belongs to. Admins see every practice regardless.'),
  lastLoginAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type UserView = z.infer<typeof userSchema>;

export const listUsersQuery = paginationQuery.extend({
  q: text().trim().max(200).optional().describe('Matches name or email, case-insensitive.'),
  role: roleSchema.optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  practiceId: z.uuid().optional().describe('Only members of this practice (e.g. to pick a veterinarian).'),
});
export type ListUsersQuery = z.output<typeof listUsersQuery>;

export const createUserBody = z.strictObject({
  email: emailSchema,
  name: text().trim().min(1, 'Enter a name.').max(200),
  role: roleSchema,
  password: newPasswordSchema
    .optional()
    .describe(
      'Omit to invite: with mail configured (SMTP_URL) the user is mailed a set-password link; otherwise a temporary password is returned once.',
    ),
  practiceIds: practiceIdsSchema.default([]).describe('Required (at least one) for every role but ADMIN.'),
});
export type CreateUserInput = z.output<typeof createUserBody>;

export const createdUserSchema = userSchema.extend({
  temporaryPassword: text()
    .optional()
    .describe('Only when no password was given and no mail is configured: shown this once, never stored.'),
  invited: z
    .literal(true)
    .optional()
    .describe('No password was given and mail is configured: the user was mailed a set-password link.'),
});

export const updateUserBody = z
  .strictObject({
    email: emailSchema.optional(),
    name: text().trim().min(1, 'Enter a name.').max(200).optional(),
    role: roleSchema.optional(),
    practiceIds: practiceIdsSchema.optional().describe('Replaces the memberships.'),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'Send at least one field to change.');
export type UpdateUserInput = z.output<typeof updateUserBody>;

export const temporaryPasswordSchema = z.object({
  temporaryPassword: text().describe('Shown this once; the user must replace it at next sign-in.'),
});
