import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { SignUpForm } from '@/components/owner/sign-up-form';
import { env } from '@/env';
import { isApexHost, requestHost } from '@/server/tenancy/routing/hosts';
import { getPlatformSettings } from '@/server/tenancy/owner-gateway/platform-settings';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign up your clinic · SmartDMV' };

// GET /signup — public, apex host only, and only while the operator allows self sign-up (else 404).
export default async function SignUpPage() {
  if (!isApexHost(requestHost(await headers()))) notFound();
  const { signupsOpen } = await getPlatformSettings();
  if (!signupsOpen) notFound();
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 px-4 py-12">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center">
          <h1 className="text-xl font-semibold text-slate-900">Start your clinic on SmartDMV</h1>
          <p className="mt-1 text-sm text-slate-500">
            Your clinic gets its own address, database and first administrator account.
          </p>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <SignUpForm baseDomain={env().BASE_DOMAIN} />
        </div>
      </div>
    </main>
  );
}
