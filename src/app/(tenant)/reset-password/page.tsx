import type { Metadata } from 'next';
import { ResetPasswordForm } from '@/components/shared/reset-password-form';
import { TenantAuthCard } from '@/components/tenant/auth/auth-card';
import { brandView } from '@/components/tenant/branding';
import { getPageTenant } from '@/server/tenant/pages/page-context';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Choose a new password', referrer: 'no-referrer' };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const tenant = await getPageTenant();
  const token = (await searchParams).token;
  return (
    <TenantAuthCard brand={brandView(tenant)} subtitle="Choose a new password">
      <ResetPasswordForm
        endpoint="/api/auth/reset-password"
        token={typeof token === 'string' ? token : ''}
        signInHref="/login"
        forgotHref="/forgot-password"
      />
    </TenantAuthCard>
  );
}
