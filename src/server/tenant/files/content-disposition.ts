/**
 * A Content-Disposition header for a user-supplied file name: a plain-ASCII `filename` fallback (quotes,
 * backslashes and controls replaced) and the exact name as RFC 5987 `filename*`. Header injection is impossible
 * because nothing outside printable ASCII reaches the header unencoded.
 */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_').slice(0, 150) || 'file';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
