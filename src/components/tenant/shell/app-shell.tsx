import Link from 'next/link';
import type { ReactNode } from 'react';
import type { TenantSessionUser } from '@/server/tenant/pages/view-types';
import { BrandMark } from '../brand-mark';
import type { BrandView } from '../branding';
import { navItemsFor, ROLE_LABELS } from './nav-items';
import { MenuDrawer } from '@/components/ui/menu-drawer';
import { HelpMenu } from './help-menu';
import { NavLinks } from './nav-links';
import { SignOutButton } from './sign-out-button';

/**
 * The clinic app frame: the tenant's name, logo and colour, navigation for the user's role, and who is signed in.
 * The brand colour is applied by overriding the design system's brand variables on this element.
 */
export function AppShell({
  brand,
  user,
  supportEmail,
  children,
}: {
  brand: BrandView;
  user: TenantSessionUser;
  /** The operator's support address (owner settings), shown in the help menu. */
  supportEmail: string | null;
  children: ReactNode;
}) {
  const items = navItemsFor(user);
  return (
    <div style={brand.style} className="min-h-screen bg-slate-50 lg:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <aside className="hidden w-64 shrink-0 flex-col border-r border-slate-200 bg-white lg:sticky lg:top-0 lg:flex lg:h-screen">
        <Link href="/dashboard" className="flex items-center gap-3 border-b border-slate-200 px-5 py-4">
          <BrandMark brand={brand} />
          <span className="min-w-0 truncate text-sm font-semibold text-slate-900" data-testid="tenant-name">
            {brand.name}
          </span>
        </Link>
        <NavLinks items={items} label="Main" className="flex-1 overflow-y-auto px-3 py-4" />
        <div className="border-t border-slate-200 px-3 py-3">
          <UserCard user={user} />
          <HelpMenu supportEmail={supportEmail} />
          <SignOutButton />
        </div>
      </aside>
      <header className="relative border-b border-slate-200 bg-white lg:hidden">
        <div className="flex items-center justify-between gap-3 px-4 py-3">
          <Link href="/dashboard" className="flex min-w-0 items-center gap-2">
            <BrandMark brand={brand} className="size-8" />
            <span className="truncate text-sm font-semibold text-slate-900">{brand.name}</span>
          </Link>
          <MenuDrawer>
            <NavLinks items={items} label="Main (compact)" />
            <div className="mt-4 border-t border-slate-200 pt-3">
              <UserCard user={user} />
              <HelpMenu supportEmail={supportEmail} />
              <SignOutButton />
            </div>
          </MenuDrawer>
        </div>
      </header>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-8 lg:py-8">
        {children}
      </main>
    </div>
  );
}

function UserCard({ user }: { user: TenantSessionUser }) {
  return (
    <div className="mb-2 flex items-center gap-3 px-3 py-1" data-testid="signed-in-user">
      <span
        aria-hidden="true"
        className="flex size-8 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold text-slate-700"
      >
        {user.name
          .split(/\s+/)
          .slice(0, 2)
          .map((w) => w[0])
          .join('')
          .toUpperCase()}
      </span>
      <div className="min-w-0">
        <p className="truncate text-sm font-medium text-slate-900">{user.name}</p>
        <p className="truncate text-xs text-slate-500">
          {ROLE_LABELS[user.role]} ·{' '}
          <Link href="/change-password" className="hover:text-slate-800 hover:underline">
            Password
          </Link>
        </p>
      </div>
    </div>
  );
}
