import { z } from 'zod';
import { OWNER_ROLES } from '@/server/owner/db/schema';

/** The signed-in owner user as the sign-in routes answer it. */
export const ownerUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(OWNER_ROLES),
});
