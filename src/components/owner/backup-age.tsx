/** "Last good backup" age for the tenants table: red when older than the stale threshold, or when there is none. */
export function BackupAge({
  at,
  now,
  staleHours,
}: {
  at: Date | undefined;
  now: number;
  staleHours: number;
}) {
  if (!at) return <span className="text-red-700">None</span>;
  const hours = (now - at.getTime()) / 3_600_000;
  const label =
    hours < 1
      ? `${Math.max(1, Math.round(hours * 60))} min ago`
      : hours < 48
        ? `${Math.round(hours)} h ago`
        : `${Math.round(hours / 24)} d ago`;
  return (
    <span
      className={hours > staleHours ? 'font-medium text-red-700' : 'text-slate-700'}
      title={at.toISOString()}
    >
      {label}
    </span>
  );
}
