/** The operator's maintenance notice (owner console → Settings), at the top of every clinic page. */
export function MaintenanceBanner({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div
      role="status"
      data-testid="maintenance-banner"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-900"
    >
      {message}
    </div>
  );
}
