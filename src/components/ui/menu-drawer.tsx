'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { cn, focusRing } from './cn';

/**
 * The phone-width navigation of both planes: a "Menu" button that opens the navigation as a panel below the
 * top bar (and closes it again, on Escape, and whenever the page changes). Above the `lg` breakpoint the
 * sidebar is shown instead and this renders nothing visible.
 */
export function MenuDrawer({
  children,
  tone = 'light',
  className,
}: {
  children: ReactNode;
  tone?: 'light' | 'dark';
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const panelId = useId();
  const [shownFor, setShownFor] = useState(pathname);
  // A link inside the panel was followed: close it (derived during render, not in an effect).
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div className={cn('lg:hidden', className)}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className={cn(
          'inline-flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium',
          focusRing,
          tone === 'dark' ? 'text-slate-100 hover:bg-slate-800' : 'text-slate-700 hover:bg-slate-100',
        )}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
        >
          <path d={open ? 'M6 6l12 12M18 6 6 18' : 'M4 7h16M4 12h16M4 17h16'} />
        </svg>
        {open ? 'Close menu' : 'Menu'}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className={cn(
          'absolute inset-x-0 z-40 max-h-[calc(100vh-4rem)] overflow-y-auto border-b px-3 py-3 shadow-lg',
          tone === 'dark' ? 'border-slate-800 bg-slate-900' : 'border-slate-200 bg-white',
        )}
      >
        {children}
      </div>
    </div>
  );
}
