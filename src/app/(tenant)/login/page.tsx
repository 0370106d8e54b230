import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/tenant/auth/login-form';
import { BrandMark } from '@/components/tenant/brand-mark';
import { brandView } from '@/components/tenant/branding';
import { safeNextPath } from '@/lib/safe-next';
import { getPageSession, getPageTenant } from '@/server/tenant/pages/page-context';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  const tenant = await getPageTenant();
  const next = safeNextPath((await searchParams).next);
  if (await getPageSession()) redirect(next);
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
            <p className="text-lg font-semibold text-slate-900">{brand.name}</p>
            <p className="text-sm text-slate-500">Sign in to your clinic</p>
          </div>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <LoginForm next={next} />
        </div>
        <p className="mt-6 text-center text-sm">
          <a href="/forgot-password" className="font-medium text-brand-700 hover:underline">
            Forgot password?
          </a>
        </p>
      </div>
    </main>
  );
}
