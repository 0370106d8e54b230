/** Helpers for reading Next.js `searchParams` (values may be repeated, hence string | string[]). */
export type SearchParams = Record<string, string | string[] | undefined>;

export function firstParam(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first === '' ? undefined : first;
}

/** Builds `path?a=1&b=2`, dropping empty values, so filter links stay short and shareable. */
export function hrefWith(path: string, query: Record<string, string | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
