import Link from 'next/link';
import { Button, buttonClasses } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/input';
import { Label } from '@/components/ui/field';
import { humanize } from '@/lib/format/humanize';
import { TENANT_STATUSES } from '@/lib/domain/owner/tenants';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

type Props = { q?: string; status?: string; plan?: string; plans: Array<{ code: string; name: string }> };

/** A plain GET form: filters live in the URL, so they survive reloads, can be shared and work without JS. */
export function TenantFilters({ q, status, plan, plans }: Props) {
  const filtered = Boolean(q || status || plan);
  return (
    <form
      method="get"
      action="/owner/tenants"
      role="search"
      aria-label="Filter tenants"
      className="flex flex-wrap items-end gap-3 border-b border-slate-200 px-4 py-3"
    >
      <div className="min-w-56 flex-1 space-y-1">
        <Label htmlFor="tenant-search">Search</Label>
        <Input
          id="tenant-search"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={L.tenantSearch.max}
          placeholder="Name, slug or domain"
        />
      </div>
      <div className="w-44 space-y-1">
        <Label htmlFor="tenant-status">Status</Label>
        <Select id="tenant-status" name="status" defaultValue={status ?? ''}>
          <option value="">All but deleted</option>
          {TENANT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {humanize(s)}
            </option>
          ))}
        </Select>
      </div>
      <div className="w-44 space-y-1">
        <Label htmlFor="tenant-plan">Plan</Label>
        <Select id="tenant-plan" name="plan" defaultValue={plan ?? ''}>
          <option value="">Any plan</option>
          {plans.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        {filtered ? (
          <Link href="/owner/tenants" className={buttonClasses('ghost')}>
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
