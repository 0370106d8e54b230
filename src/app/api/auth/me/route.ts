import { withTenant } from '@/server/tenant/auth/with-tenant';

// GET /api/auth/me — any signed-in user of this tenant: the user and the tenant's public branding
export const GET = withTenant(async ({ user, tenant }) => ({
  user,
  tenant: { slug: tenant.slug, name: tenant.name, branding: tenant.branding },
}));
