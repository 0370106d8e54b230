import type { ReactNode } from 'react';

/** The centred card of the owner sign-in, forgot and reset pages. */
export function OwnerAuthCard({ subtitle, children }: { subtitle: string; children: ReactNode }) {
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
          <p className="mt-1 text-sm text-slate-600">{subtitle}</p>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">{children}</div>
      </div>
    </main>
  );
}
