/**
 * A byte count for people: "512 B", "3.4 KB", "120 MB" (binary multiples, as disks and plan limits are counted).
 * Pure and dependency-free, so server messages and both consoles show sizes the same way.
 */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
