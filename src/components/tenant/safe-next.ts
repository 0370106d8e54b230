/** A post-sign-in destination from `?next=`: only a path on this host, never `//evil.example` or a full URL. */
export function safeNextPath(next: string | string[] | undefined | null, fallback = '/dashboard'): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value === '/login' || value.startsWith('/login?')) return fallback;
  return value;
}
