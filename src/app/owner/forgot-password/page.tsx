import type { Metadata } from 'next';
import { OwnerAuthCard } from '@/components/owner/owner-auth-card';
import { ForgotPasswordForm } from '@/components/shared/forgot-password-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Forgot password · SmartDMV owner console' };

export default function OwnerForgotPasswordPage() {
  return (
    <OwnerAuthCard subtitle="We will mail you a link to choose a new password.">
      <ForgotPasswordForm endpoint="/api/owner/auth/forgot-password" signInHref="/owner/login" />
    </OwnerAuthCard>
  );
}
