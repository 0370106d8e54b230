import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CursorPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { listHref, SearchForm } from '@/components/tenant/search-form';
import { UserActions } from '@/components/tenant/settings/user-actions';
import { UserFormDialog } from '@/components/tenant/settings/user-form-dialog';
import { ROLE_LABELS } from '@/components/tenant/shell/nav-items';
import { requirePagePermission, requirePageSession } from '@/server/tenant/pages/page-context';
import { getPagePractices, getPageTimezone, type SearchParams } from '@/server/tenant/pages/page-data';
import { formatDateTime } from '@/lib/format/dates';
import { loadUsersPage } from '@/server/tenant/pages/settings-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { user } = await requirePageSession('/settings/users');
  requirePagePermission(user, 'users:manage');
  const [{ query, data, nextCursor }, practices, timeZone] = await Promise.all([
    loadUsersPage(user, await searchParams),
    getPagePractices(),
    getPageTimezone(),
  ]);
  const practiceNames = Object.fromEntries(practices.map((p) => [p.id, p.name]));

  return (
    <>
      <PageHeader
        title="Users"
        description="Staff accounts, their roles and the practices they work at."
        actions={<UserFormDialog practices={practices} triggerLabel="Add staff member" />}
      />
      <Card>
        <div className="border-b border-slate-200 px-4 py-3">
          <SearchForm
            maxLength={200}
            action="/settings/users"
            q={query.q}
            placeholder="Name or email"
            label="Search users"
          />
        </div>
        {data.length === 0 ? (
          <EmptyState title="No user matches" />
        ) : (
          <Table caption="Staff accounts">
            <THead>
              <TR>
                <TH>Name</TH>
                <TH>Role</TH>
                <TH>Practices</TH>
                <TH>Last sign-in</TH>
                <TH className="text-right">Actions</TH>
              </TR>
            </THead>
            <TBody>
              {data.map((u) => (
                <TR key={u.id} className={u.isActive ? undefined : 'opacity-60'}>
                  <TD>
                    <p className="font-medium text-slate-900">
                      {u.name}
                      {u.id === user.id ? (
                        <span className="ml-1 text-xs font-normal text-slate-500">(you)</span>
                      ) : null}
                    </p>
                    <p className="text-xs text-slate-500">{u.email}</p>
                  </TD>
                  <TD>
                    {ROLE_LABELS[u.role]}
                    {!u.isActive ? (
                      <Badge tone="neutral" className="ml-2">
                        Deactivated
                      </Badge>
                    ) : u.mustChangePassword ? (
                      <Badge tone="warning" className="ml-2">
                        Temporary password
                      </Badge>
                    ) : null}
                  </TD>
                  <TD className="text-sm">
                    {u.role === 'ADMIN'
                      ? 'All practices'
                      : u.practiceIds.map((id) => practiceNames[id] ?? '').join(', ') || '—'}
                  </TD>
                  <TD className="whitespace-nowrap">
                    {u.lastLoginAt ? formatDateTime(u.lastLoginAt, timeZone) : 'Never'}
                  </TD>
                  <TD className="text-right whitespace-nowrap">
                    <div className="flex items-center justify-end gap-1">
                      <UserFormDialog
                        user={u}
                        practices={practices}
                        triggerLabel="Edit"
                        triggerVariant="ghost"
                      />
                      <UserActions user={u} isSelf={u.id === user.id} />
                    </div>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        <CursorPagination
          firstHref={listHref('/settings/users', { q: query.q })}
          nextHref={nextCursor ? listHref('/settings/users', { q: query.q, cursor: nextCursor }) : null}
          isFirstPage={!query.cursor}
        />
      </Card>
    </>
  );
}
