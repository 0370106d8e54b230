import { meResponseSchema } from '@/server/tenant/auth/session-user.schema';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';

// GET /api/auth/me — any signed-in user of this tenant (also with a pending password change): the user and the tenant's public branding
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/auth/me',
    summary: "The signed-in user and the clinic's branding",
    tags: ['Auth'],
    allowPendingPasswordChange: true,
    response: meResponseSchema,
  },
  async ({ user, tenant, mustChangePassword }) => ({
    user: { ...user, mustChangePassword },
    tenant: { slug: tenant.slug, name: tenant.name, branding: tenant.branding },
  }),
);
