import Link from 'next/link';
import { buttonClasses } from './button';

/**
 * Keyset pagination controls: the API hands out a `nextCursor`, so the way back is "first page" rather than
 * numbered pages (numbers would need COUNT(*) and OFFSET, which get slow and skip rows while data changes).
 */
export function CursorPagination({
  firstHref,
  nextHref,
  isFirstPage,
  summary,
}: {
  firstHref: string;
  nextHref: string | null;
  isFirstPage: boolean;
  summary?: string;
}) {
  if (isFirstPage && !nextHref)
    return summary ? <p className="px-4 py-3 text-sm text-slate-500">{summary}</p> : null;
  return (
    <nav
      aria-label="Pagination"
      className="flex items-center justify-between gap-3 border-t border-slate-200 px-4 py-3"
    >
      <p className="text-sm text-slate-500">{summary}</p>
      <div className="flex gap-2">
        {isFirstPage ? null : (
          <Link href={firstHref} className={buttonClasses('secondary', 'sm')}>
            ← First page
          </Link>
        )}
        {nextHref ? (
          <Link href={nextHref} className={buttonClasses('secondary', 'sm')} rel="next">
            Next page →
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
