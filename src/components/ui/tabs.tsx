'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { cn, focusRing } from './cn';

type NavItem = {
  href: string;
  label: ReactNode;
  /** Match sub-paths too (default: exact match). */ prefix?: boolean;
};

function isActive(pathname: string, item: NavItem): boolean {
  return item.prefix
    ? pathname === item.href || pathname.startsWith(`${item.href}/`)
    : pathname === item.href;
}

/**
 * Sub-page navigation that looks like tabs. Each tab is a real link to its own URL (server-rendered,
 * shareable, works without JavaScript), so it is a <nav> with aria-current rather than an ARIA tablist.
 */
export function TabNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {items.map((item) => {
          const active = isActive(pathname, item);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'inline-block rounded-t-md border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap',
                  focusRing,
                  active
                    ? 'border-brand-600 text-brand-700'
                    : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

const sideNavTones = {
  dark: { active: 'bg-slate-800 text-white', idle: 'text-slate-300 hover:bg-slate-800/60 hover:text-white' },
  light: {
    active: 'bg-brand-50 text-brand-800',
    idle: 'text-slate-700 hover:bg-slate-100 hover:text-slate-900',
  },
};

/** Vertical app navigation for a sidebar (dark or light background); highlights the current section. */
export function SideNav({
  items,
  label,
  tone = 'dark',
}: {
  items: Array<NavItem & { icon?: ReactNode }>;
  label: string;
  tone?: 'dark' | 'light';
}) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="space-y-0.5">
        {items.map((item) => {
          const active = isActive(pathname, item);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'flex items-center gap-2.5 rounded-md px-3 py-2 text-sm font-medium',
                  focusRing,
                  active ? sideNavTones[tone].active : sideNavTones[tone].idle,
                )}
              >
                {item.icon ? (
                  <span aria-hidden="true" className="size-4 shrink-0">
                    {item.icon}
                  </span>
                ) : null}
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
