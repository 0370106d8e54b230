import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { OwnerShell } from '@/components/owner/owner-shell';
import { requireOwnerPageUser } from '@/server/owner/pages/owner-page-session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: { default: 'SmartDMV owner console', template: '%s · SmartDMV owner console' },
};

/** Every console page requires a session; each page checks again because layouts are not re-run on navigation. */
export default async function OwnerConsoleLayout({ children }: { children: ReactNode }) {
  const user = await requireOwnerPageUser();
  return <OwnerShell user={user}>{children}</OwnerShell>;
}
