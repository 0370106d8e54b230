import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { OwnerLoginForm } from '@/components/owner/owner-login-form';
import { getOwnerPageUser, safeOwnerReturnPath } from '@/server/owner/pages/owner-page-session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in · SmartDMV owner console' };

export default async function OwnerLoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const next = (await searchParams).next;
  const returnTo = safeOwnerReturnPath(typeof next === 'string' ? next : undefined);
  if (await getOwnerPageUser()) redirect(returnTo);
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center text-center">
          <span
            aria-hidden="true"
            className="mb-3 grid size-11 place-items-center rounded-lg bg-brand-600 text-lg font-bold text-white"
          >
            S
          </span>
          <h1 className="text-xl font-semibold text-slate-900">SmartDMV owner console</h1>
          <p className="mt-1 text-sm text-slate-600">Sign in to manage clinics, plans and settings.</p>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <OwnerLoginForm returnTo={returnTo} />
        </div>
        <p className="mt-6 text-center text-sm">
          <a href="/owner/forgot-password" className="font-medium text-brand-700 hover:underline">
            Forgot password?
          </a>
        </p>
      </div>
    </main>
  );
}
