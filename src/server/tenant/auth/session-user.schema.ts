import { z } from 'zod';
import { text } from '@/server/shared/validation';
import { TENANT_ROLES } from '@/server/tenant/db/schema';

/** The signed-in user as the API shows it (login and /api/auth/me). */
const sessionUserSchema = z.object({
  id: z.uuid(),
  email: text(),
  name: text(),
  role: z.enum(TENANT_ROLES),
  practiceIds: z
    .array(z.uuid())
    .describe('Practices this user may see; every practice of the tenant for admins.'),
  mustChangePassword: z
    .boolean()
    .describe('True after an admin issued a temporary password: change it first.'),
});

export const loginResponseSchema = z.object({ user: sessionUserSchema });

export const meResponseSchema = z.object({
  user: sessionUserSchema,
  tenant: z.object({
    slug: text(),
    name: text(),
    branding: z.object({
      displayName: text().optional(),
      primaryColor: text().optional(),
      logoUrl: text().optional(),
    }),
  }),
});

export const logoutResponseSchema = z.object({ signedOut: z.literal(true) });
