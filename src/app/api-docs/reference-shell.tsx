import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ReferenceGroup } from '@/server/openapi/pages/api-reference';

/** Sidebar of sections and the page frame shared by the overview and the per-section pages. */
export function ReferenceShell({
  groups,
  current,
  children,
}: {
  groups: ReferenceGroup[];
  current?: string;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto flex max-w-7xl gap-8 px-6 py-8">
      <nav aria-label="API sections" className="sticky top-8 hidden h-fit w-60 shrink-0 lg:block">
        <Link
          href="/api-docs"
          className="mb-3 block text-sm font-semibold text-slate-900 hover:text-indigo-700"
        >
          API reference
        </Link>
        <ul className="space-y-1 text-sm">
          {groups.map((group) => (
            <li key={group.slug}>
              <Link
                href={`/api-docs/${group.slug}`}
                aria-current={current === group.slug ? 'page' : undefined}
                className={`block rounded px-2 py-1 hover:bg-slate-100 ${current === group.slug ? 'bg-slate-100 font-medium text-indigo-700' : 'text-slate-700'}`}
              >
                {group.tag} <span className="text-slate-400">({group.entries.length})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className="min-w-0 flex-1">{children}</main>
    </div>
  );
}
