import { z } from 'zod';
import { ownerRoute } from '@/server/owner/auth/owner-route';
import { ownerUserSchema } from '@/server/owner/auth/owner-user.schema';

// GET /api/owner/auth/me — any signed-in owner user: who am I
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/auth/me',
    summary: 'The signed-in owner user',
    tags: ['Owner: sign-in'],
    response: z.object({ user: ownerUserSchema }),
  },
  async ({ user }) => ({ user }),
);
