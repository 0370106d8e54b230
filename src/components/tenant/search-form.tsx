import { buttonClasses } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

/**
 * A plain GET search form: the query lives in the URL (shareable, back button works, no JavaScript needed), and
 * the other filters ride along as hidden fields.
 */
export function SearchForm({
  action,
  q,
  placeholder,
  label,
  maxLength,
  hidden = {},
}: {
  action: string;
  q?: string;
  placeholder: string;
  label: string;
  /** The list query's own limit on `q` (its zod schema), so a longer search cannot be typed. */
  maxLength: number;
  hidden?: Record<string, string | undefined>;
}) {
  return (
    <form method="get" action={action} role="search" className="flex w-full max-w-md gap-2">
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <Input
        type="search"
        name="q"
        defaultValue={q ?? ''}
        placeholder={placeholder}
        aria-label={label}
        maxLength={maxLength}
      />
      <button type="submit" className={buttonClasses('secondary')}>
        Search
      </button>
    </form>
  );
}

/** Builds a list page URL from its filters, dropping empty ones. */
export function listHref(path: string, params: Record<string, string | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
