import fs from 'node:fs';
import path from 'node:path';

/** Reading src/app/api's route files without importing them: for the registry generator and the drift test. */

const ROUTE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every route.ts under `dir`, sorted so the generated registry is stable. */
export function routeFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return routeFiles(full);
      return /^route\.(ts|tsx)$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

/** `owner/tenants/[id]/route.ts` (relative to src/app/api) → `/api/owner/tenants/{id}`; route groups dropped. */
export function apiPathOf(relativeFile: string): string {
  const segments = path.posix
    .dirname(relativeFile.split(path.sep).join('/'))
    .split('/')
    .filter((s) => s !== '.' && s !== '' && !/^\(.*\)$/.test(s))
    .map((s) => s.replace(/^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/, '{$1}'));
  return ['/api', ...segments].join('/');
}

/** The HTTP methods a route module exports, read from its source. */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|let|async\s+function|function)\s+([A-Z]+)\b/g))
    found.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) found.add(name);
    }
  }
  return ROUTE_METHODS.filter((method) => found.has(method));
}
