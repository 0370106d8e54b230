import { withOwner } from '@/server/owner/auth/with-owner';

// GET /api/owner/auth/me — any signed-in owner user: who am I
export const GET = withOwner(async ({ user }) => ({ user }));
