import { withTenant } from '@/server/tenant/auth/with-tenant';

// GET /api/auth/me — any signed-in user of this tenant (also with a pending password change): the user and the tenant's public branding
export const GET = withTenant(
  async ({ user, tenant, mustChangePassword }) => ({
    user: { ...user, mustChangePassword },
    tenant: { slug: tenant.slug, name: tenant.name, branding: tenant.branding },
  }),
  { allowPendingPasswordChange: true },
);
