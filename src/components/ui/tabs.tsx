'use client';

import Link, { useLinkStatus } from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { cn, focusRing } from './cn';
import { Spinner } from './spinner';

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

/** A link tab; `current` says which tab is shown when the tabs differ by query (`?tab=low`, `?status=…`). */
type TabNavItem = NavItem & { current?: boolean };

const tabNavStyles = {
  /** Sections of a page: a row of tabs on a rule. */
  tabs: {
    list: '-mb-px flex gap-1 overflow-x-auto',
    link: 'inline-block rounded-t-md border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap',
    active: 'border-brand-600 text-brand-700',
    idle: 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
  },
  /** Filters of a list or chart (status, practice, range): rounded pills that wrap on a phone. */
  pills: {
    list: 'flex flex-wrap gap-2',
    link: 'inline-block rounded-full px-3 py-1 text-sm font-medium whitespace-nowrap ring-1 ring-inset',
    active: 'bg-brand-600 text-white ring-brand-600',
    idle: 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50',
  },
};

/**
 * Navigation between views that look like tabs or filter pills. Each is a real link to its own URL
 * (server-rendered, shareable, works without JavaScript), so it is a <nav> with aria-current rather than an ARIA
 * tablist. The current view is the item marked `current`, else the one matching the path.
 */
export function TabNav({
  items,
  label,
  variant = 'tabs',
  className,
}: {
  items: TabNavItem[];
  label: string;
  variant?: keyof typeof tabNavStyles;
  className?: string;
}) {
  const pathname = usePathname();
  const byQuery = items.some((item) => item.current !== undefined);
  const style = tabNavStyles[variant];
  return (
    <nav
      aria-label={label}
      className={cn(variant === 'tabs' ? 'mb-6 border-b border-slate-200' : undefined, className)}
    >
      <ul className={style.list}>
        {items.map((item) => {
          const active = byQuery ? item.current === true : isActive(pathname, item);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={cn(style.link, focusRing, active ? style.active : style.idle)}
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
  dark: {
    active: 'bg-slate-800 text-white',
    idle: 'text-slate-300 hover:bg-slate-800/60 hover:text-white',
    heading: 'text-slate-500',
  },
  light: {
    active: 'bg-brand-50 text-brand-800',
    idle: 'text-slate-700 hover:bg-slate-100 hover:text-slate-900',
    heading: 'text-slate-400',
  },
};

type SideNavItem = NavItem & {
  /** Drawn at its own size (both shells' icons size themselves). */
  icon?: ReactNode;
  /** Items with a section are listed under its heading, after the items without one. */
  section?: string;
};

/**
 * A spinner beside a navigation link while the page it opens is on its way: pages that check access or an id
 * have no loading.tsx (their 403/404 must be decided before streaming), so the click needs its own feedback.
 */
function NavPending() {
  const { pending } = useLinkStatus();
  return pending ? <Spinner className="ml-auto size-3.5" label="Opening…" /> : null;
}

/**
 * Vertical app navigation for a sidebar or the phone menu (dark or light background), in both planes'
 * shells; highlights the current section and marks it for screen readers (aria-current).
 */
export function SideNav({
  items,
  label,
  tone = 'dark',
  className,
}: {
  items: SideNavItem[];
  label: string;
  tone?: 'dark' | 'light';
  className?: string;
}) {
  const pathname = usePathname();
  const styles = sideNavTones[tone];
  const sections = [...new Set(items.map((item) => item.section))].sort(
    (a, b) => Number(a !== undefined) - Number(b !== undefined),
  );
  return (
    <nav aria-label={label} className={className}>
      {sections.map((section) => (
        <div key={section ?? ''}>
          {section ? (
            <p className={cn('mt-6 mb-2 px-3 text-xs font-semibold tracking-wide uppercase', styles.heading)}>
              {section}
            </p>
          ) : null}
          <ul className="space-y-0.5">
            {items
              .filter((item) => item.section === section)
              .map((item) => {
                const active = isActive(pathname, item);
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={active ? 'page' : undefined}
                      className={cn(
                        'flex items-center gap-2.5 rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap',
                        focusRing,
                        active ? styles.active : styles.idle,
                      )}
                    >
                      {item.icon ? (
                        <span aria-hidden="true" className="shrink-0">
                          {item.icon}
                        </span>
                      ) : null}
                      {item.label}
                      <NavPending />
                    </Link>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
