import type { Metadata } from 'next';
import Link from 'next/link';
import { AUDIT_ACTION_FILTERS } from '@/components/owner/audit-labels';
import { AuditTable } from '@/components/owner/audit-table';
import { firstParam, hrefWith, type SearchParams } from '@/components/owner/search-params';
import { Button, ButtonLink, buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Label } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { CursorPagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { loadAuditPage } from '@/server/owner/pages/audit-page';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = {
    action: firstParam(params, 'action'),
    actor: firstParam(params, 'actor'),
    target: firstParam(params, 'target'),
  };
  const cursor = firstParam(params, 'cursor');
  const { result, failure } = await loadAuditPage(filters, cursor);
  const filtered = Boolean(filters.action || filters.actor || filters.target);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made from this console and every sign-in attempt, newest first."
      />
      <Card>
        <form
          method="get"
          action="/owner/audit"
          role="search"
          aria-label="Filter the audit log"
          className="flex flex-wrap items-end gap-3 border-b border-slate-200 px-4 py-3"
        >
          <div className="w-56 space-y-1">
            <Label htmlFor="audit-action">Action</Label>
            <Select id="audit-action" name="action" defaultValue={filters.action ?? ''}>
              <option value="">All actions</option>
              {AUDIT_ACTION_FILTERS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
              {filters.action && !AUDIT_ACTION_FILTERS.some((o) => o.value === filters.action) ? (
                <option value={filters.action}>{filters.action}</option>
              ) : null}
            </Select>
          </div>
          <div className="min-w-56 flex-1 space-y-1">
            <Label htmlFor="audit-actor">Who (email)</Label>
            <Input
              id="audit-actor"
              name="actor"
              type="search"
              defaultValue={filters.actor}
              maxLength={L.auditActor.max}
              placeholder="admin@example.com"
            />
          </div>
          {filters.target ? <input type="hidden" name="target" value={filters.target} /> : null}
          <div className="flex gap-2">
            <Button type="submit" variant="secondary">
              Apply filters
            </Button>
            {filtered ? (
              <Link href="/owner/audit" className={buttonClasses('ghost')}>
                Clear
              </Link>
            ) : null}
          </div>
        </form>
        {failure || !result ? (
          <ErrorState
            title="Could not read the audit log"
            description={failure}
            action={<ButtonLink href="/owner/audit">Show everything</ButtonLink>}
          />
        ) : result.data.length === 0 ? (
          <EmptyState
            title={filtered ? 'No entries match' : 'Nothing recorded yet'}
            description={filtered ? 'Try other filters.' : undefined}
          />
        ) : (
          <>
            <AuditTable entries={result.data} caption="Audit log entries" />
            <CursorPagination
              firstHref={hrefWith('/owner/audit', filters)}
              nextHref={
                result.nextCursor ? hrefWith('/owner/audit', { ...filters, cursor: result.nextCursor }) : null
              }
              isFirstPage={!cursor}
              summary={`${result.data.length} entr${result.data.length === 1 ? 'y' : 'ies'}${cursor ? ' (older page)' : ''}. Times in UTC.`}
            />
          </>
        )}
      </Card>
    </>
  );
}
