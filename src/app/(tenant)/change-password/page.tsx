import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangePasswordForm } from '@/components/tenant/auth/change-password-form';
import { BrandMark } from '@/components/tenant/brand-mark';
import { brandView } from '@/components/tenant/branding';
import { SignOutButton } from '@/components/tenant/shell/sign-out-button';
import { requirePageSession } from '@/server/tenant/pages/page-context';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Change password' };

// Standalone (no app shell): users holding a temporary password can reach nothing else until they replace it.
export default async function ChangePasswordPage() {
  const { tenant, user, mustChangePassword } = await requirePageSession('/change-password', {
    allowPendingPasswordChange: true,
  });
  const brand = brandView(tenant);
  return (
    <main
      style={brand.style}
      className="flex min-h-screen items-center justify-center bg-slate-100 px-4 py-12"
    >
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center gap-3 text-center">
          <BrandMark brand={brand} className="size-12 text-base" />
          <div>
            <h1 className="text-lg font-semibold text-slate-900">Change your password</h1>
            <p className="text-sm text-slate-500">
              {mustChangePassword
                ? `Welcome, ${user.name}. Your administrator gave you a temporary password: choose your own to continue.`
                : user.email}
            </p>
          </div>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <ChangePasswordForm required={mustChangePassword} />
        </div>
        <div className="mt-4 flex items-center justify-between text-sm">
          {mustChangePassword ? (
            <span />
          ) : (
            <Link href="/dashboard" className="text-brand-700 hover:underline">
              Back to the app
            </Link>
          )}
          <SignOutButton />
        </div>
      </div>
    </main>
  );
}
