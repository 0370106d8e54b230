/**
 * A post-sign-in destination from `?next=`: only a relative path on this host. Refuses full URLs,
 * protocol-relative `//evil.example`, backslash tricks (`/\evil.example`, which browsers read as `//`), control
 * characters, and anything that resolves to another origin, so the sign-in page cannot be used as an open redirect.
 */
export function safeNextPath(next: string | string[] | undefined | null, fallback = '/dashboard'): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith('/') || value.startsWith('//')) return fallback;
  if (value.includes('\\') || /[\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, 'http://same-origin.invalid');
  } catch {
    return fallback;
  }
  if (url.origin !== 'http://same-origin.invalid') return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.pathname === '/login' || url.pathname === '/' || url.pathname.startsWith('/api/')) return fallback;
  return path;
}
