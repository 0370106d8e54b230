/**
 * The route template of a request (`/api/patients/[id]`) from its path and the params Next.js matched, so logs and
 * metric labels name the route, never the ids in the concrete path (unbounded series, and ids are not for labels).
 */
export function routeTemplate(pathname: string, params: Record<string, unknown> | undefined): string {
  if (!params) return pathname;
  const names = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') names.set(value, `[${name}]`);
    else if (Array.isArray(value)) for (const v of value) names.set(String(v), `[...${name}]`);
  }
  if (names.size === 0) return pathname;
  const out: string[] = [];
  for (const raw of pathname.split('/')) {
    let segment = raw;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      // keep the raw segment
    }
    const replaced = names.get(segment) ?? raw;
    // A catch-all names one template segment however many path segments it swallowed.
    if (replaced.startsWith('[...') && out[out.length - 1] === replaced) continue;
    out.push(replaced);
  }
  return out.join('/');
}
