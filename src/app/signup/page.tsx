import type { Metadata } from 'next';
import { SignUpForm } from '@/components/owner/sign-up-form';
import { loadSignUpPage } from '@/server/owner/pages/signup-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign up your clinic · SmartDMV' };

// GET /signup — public, apex host only, and only while the operator allows self sign-up (else 404).
export default async function SignUpPage() {
  const { baseDomain } = await loadSignUpPage();
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 px-4 py-12">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center">
          <h1 className="text-xl font-semibold text-slate-900">Start your clinic on SmartDMV</h1>
          <p className="mt-1 text-sm text-slate-500">
            Your clinic gets its own address, database and first administrator account. We e-mail you a link
            to confirm it.
          </p>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <SignUpForm baseDomain={baseDomain} />
        </div>
      </div>
    </main>
  );
}
