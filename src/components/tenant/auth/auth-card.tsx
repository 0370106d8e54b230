import type { ReactNode } from 'react';
import { BrandMark } from '@/components/tenant/brand-mark';
import type { brandView } from '@/components/tenant/branding';

/** The centred, clinic-branded card of the sign-in, forgot and reset pages. */
export function TenantAuthCard({
  brand,
  subtitle,
  children,
}: {
  brand: ReturnType<typeof brandView>;
  subtitle: string;
  children: ReactNode;
}) {
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
            <p className="text-sm text-slate-500">{subtitle}</p>
          </div>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">{children}</div>
      </div>
    </main>
  );
}
