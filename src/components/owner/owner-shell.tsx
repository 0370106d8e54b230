import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { SideNav } from '@/components/ui/tabs';
import { ToastProvider } from '@/components/ui/toast';
import type { OwnerSessionUser } from '@/server/owner/pages/view-types';
import { MenuDrawer } from '@/components/ui/menu-drawer';
import { SignOutButton } from './sign-out-button';

const icon = (d: string) => (
  <svg
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.75"
    strokeLinecap="round"
    strokeLinejoin="round"
    className="size-4"
  >
    <path d={d} />
  </svg>
);

const NAV = [
  {
    href: '/owner/tenants',
    label: 'Tenants',
    prefix: true,
    icon: icon('M3 21h18M5 21V7l7-4 7 4v14M9 21v-6h6v6M9 10h.01M15 10h.01'),
  },
  {
    href: '/owner/health',
    label: 'Health',
    prefix: true,
    icon: icon('M3 12h4l3-8 4 16 3-8h4'),
  },
  {
    href: '/owner/alerts',
    label: 'Alerts',
    prefix: true,
    icon: icon(
      'M12 9v4M12 17h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z',
    ),
  },
  { href: '/owner/plans', label: 'Plans', prefix: true, icon: icon('M4 6h16M4 12h16M4 18h10') },
  {
    href: '/owner/jobs',
    label: 'Jobs',
    prefix: true,
    icon: icon('M12 8v4l3 2M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z'),
  },
  {
    href: '/owner/servers',
    label: 'Servers',
    prefix: true,
    icon: icon('M4 5h16v5H4zM4 14h16v5H4zM8 7.5h.01M8 16.5h.01'),
  },
  {
    href: '/owner/billing',
    label: 'Billing',
    prefix: true,
    icon: icon('M3 7h18v10H3zM3 11h18M7 15h3'),
  },
  {
    href: '/owner/outbox',
    label: 'Outbox',
    prefix: true,
    icon: icon('M4 6h16v12H4zM4 7l8 6 8-6'),
  },
  {
    href: '/owner/audit',
    label: 'Audit log',
    prefix: true,
    icon: icon('M9 5h10M9 12h10M9 19h10M5 5h.01M5 12h.01M5 19h.01'),
  },
  {
    href: '/owner/settings',
    label: 'Settings',
    prefix: true,
    icon: icon('M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM4 12h2M18 12h2M12 4v2M12 18v2'),
  },
];

/** The owner console frame: a fixed sidebar (navigation, who is signed in, sign out), a menu button below `lg`. */
export function OwnerShell({ user, children }: { user: OwnerSessionUser; children: ReactNode }) {
  return (
    <ToastProvider>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        Skip to content
      </a>
      <div className="min-h-screen lg:flex">
        {/* Phone and tablet widths: a top bar whose menu button opens the same navigation. */}
        <header className="relative flex items-center justify-between bg-slate-900 px-4 py-2 lg:hidden">
          <p className="text-sm font-semibold text-white">SmartDMV owner console</p>
          <MenuDrawer tone="dark">
            <SideNav items={NAV} label="Owner console (compact)" />
            <div className="mt-4 border-t border-slate-800 pt-3">
              <p className="truncate px-3 text-sm font-medium text-white">{user.name}</p>
              <SignOutButton />
            </div>
          </MenuDrawer>
        </header>
        <aside className="hidden flex-col bg-slate-900 px-3 py-4 lg:fixed lg:inset-y-0 lg:flex lg:w-60">
          <div className="mb-6 flex items-center gap-2 px-3">
            <span
              aria-hidden="true"
              className="grid size-8 place-items-center rounded-md bg-brand-500 text-sm font-bold text-white"
            >
              S
            </span>
            <div className="leading-tight">
              <p className="text-sm font-semibold text-white">SmartDMV</p>
              <p className="text-xs text-slate-400">Owner console</p>
            </div>
          </div>
          <SideNav items={NAV} label="Owner console" />
          <div className="mt-6 border-t border-slate-800 pt-4 lg:mt-auto">
            <div className="mb-2 px-3">
              <p className="truncate text-sm font-medium text-white">{user.name}</p>
              <p className="truncate text-xs text-slate-400">{user.email}</p>
              <Badge tone={user.role === 'OWNER' ? 'brand' : 'neutral'} className="mt-1.5">
                {user.role === 'OWNER' ? 'Owner' : 'Support (read-only)'}
              </Badge>
            </div>
            <SignOutButton />
          </div>
        </aside>
        <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-8 lg:ml-60 lg:py-8">
          <div className="mx-auto max-w-6xl">{children}</div>
        </main>
      </div>
    </ToastProvider>
  );
}
