import Link from 'next/link';

/** Shown to admins on every page while an invoice is overdue. */
export function OverdueBanner({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <div
      role="alert"
      className="mb-6 rounded-md bg-red-50 px-4 py-3 text-sm text-red-900 ring-1 ring-red-200"
    >
      {count === 1 ? 'An invoice is overdue.' : `${count} invoices are overdue.`} Unpaid clinics are suspended
      after the grace period.{' '}
      <Link href="/settings/plan" className="font-semibold underline">
        See Plan &amp; billing
      </Link>
    </div>
  );
}
