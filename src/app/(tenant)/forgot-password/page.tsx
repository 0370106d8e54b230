import type { Metadata } from 'next';
import { ForgotPasswordForm } from '@/components/shared/forgot-password-form';
import { TenantAuthCard } from '@/components/tenant/auth/auth-card';
import { brandView } from '@/components/tenant/branding';
import { getPageTenant } from '@/server/tenant/pages/page-context';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Forgot password' };

export default async function ForgotPasswordPage() {
  const tenant = await getPageTenant();
  return (
    <TenantAuthCard brand={brandView(tenant)} subtitle="We will mail you a link to choose a new password">
      <ForgotPasswordForm endpoint="/api/auth/forgot-password" signInHref="/login" />
    </TenantAuthCard>
  );
}
