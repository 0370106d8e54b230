import type { Metadata } from 'next';
import { OwnerAuthCard } from '@/components/owner/owner-auth-card';
import { ResetPasswordForm } from '@/components/shared/reset-password-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Choose a new password · SmartDMV owner console',
  referrer: 'no-referrer',
};

export default async function OwnerResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const token = (await searchParams).token;
  return (
    <OwnerAuthCard subtitle="Choose a new password.">
      <ResetPasswordForm
        endpoint="/api/owner/auth/reset-password"
        token={typeof token === 'string' ? token : ''}
        signInHref="/owner/login"
        forgotHref="/owner/forgot-password"
      />
    </OwnerAuthCard>
  );
}
