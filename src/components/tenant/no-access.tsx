'use client';

import { usePathname } from 'next/navigation';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';

/** What each role-restricted clinic page shows, by its path (forbidden.tsx gets no props, only the URL). */
const RESTRICTED_PAGES: Array<[prefix: string, what: string]> = [
  ['/prescriptions', 'prescriptions'],
  ['/records/', 'clinical notes'],
  ['/settings/users', 'user management'],
  ['/settings/practices', 'practice settings'],
  ['/settings/plan', "the clinic's plan"],
  ['/settings/export', "the clinic's data export"],
];

function restrictedSubject(path: string): string {
  return RESTRICTED_PAGES.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 'this page';
}

/** Shown instead of a page the user's role may not use (HTTP 403; the API would refuse its data anyway). */
export function NoAccess() {
  const what = restrictedSubject(usePathname());
  return (
    <Card>
      <EmptyState
        title="You don't have access to this page"
        description={`Your role cannot view ${what}. Ask your clinic administrator if you need it.`}
        action={<ButtonLink href="/dashboard">Back to the dashboard</ButtonLink>}
      />
    </Card>
  );
}
