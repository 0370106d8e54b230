import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationsFor } from '@/server/openapi/operations';

/**
 * The OpenAPI document must describe exactly the routes that exist: every exported HTTP method of every
 * src/app/api/** /route.ts has an operation, and every operation has a route. Paths compare with Next's
 * `[id]` written as OpenAPI's `{id}`.
 */

const API_ROOT = path.resolve(import.meta.dirname, '../../../src/app/api');
const DOCUMENTED_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

/** `src/app/api/owner/tenants/[id]/route.ts` → `/api/owner/tenants/{id}` (route groups dropped). */
function openApiPath(file: string): string {
  const segments = path
    .relative(path.dirname(API_ROOT), path.dirname(file))
    .split(path.sep)
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => s.replace(/^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/, '{$1}'));
  return `/${segments.join('/')}`;
}

/** The HTTP methods a route module exports, read from its source (importing it would pull in the whole app). */
function exportedMethods(source: string): string[] {
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
  return DOCUMENTED_METHODS.filter((method) => found.has(method));
}

/** src/app/api/[...path] answers 404 for unknown API paths; it documents nothing. */
const UNKNOWN_PATH_FALLBACK = path.join(API_ROOT, '[...path]', 'route.ts');

function implemented(): string[] {
  return routeFiles(API_ROOT)
    .filter((file) => file !== UNKNOWN_PATH_FALLBACK)
    .flatMap((file) =>
      exportedMethods(fs.readFileSync(file, 'utf8')).map((method) => `${method} ${openApiPath(file)}`),
    )
    .sort();
}

function documented(): string[] {
  return operationsFor({ includeOwner: true })
    .map((op) => `${op.method.toUpperCase()} ${op.path}`)
    .sort();
}

describe('OpenAPI drift', () => {
  it('maps route files to OpenAPI paths and reads their exported methods', () => {
    expect(openApiPath(path.join(API_ROOT, 'owner/tenants/[id]/domains/[domain]/route.ts'))).toBe(
      '/api/owner/tenants/{id}/domains/{domain}',
    );
    expect(openApiPath(path.join(API_ROOT, '(tenant)/files/[...key]/route.ts'))).toBe('/api/files/{key}');
    expect(openApiPath(path.join(API_ROOT, 'openapi.json/route.ts'))).toBe('/api/openapi.json');
    expect(
      exportedMethods(
        'export const GET = withOwner(…);\nexport async function POST() {}\nexport const dynamic = 1;',
      ),
    ).toEqual(['GET', 'POST']);
    expect(exportedMethods('const a = 1; export { a as PATCH, b as DELETE };')).toEqual(['PATCH', 'DELETE']);
  });

  it('documents every route handler', () => {
    // A walker that found nothing would make this test pass vacuously.
    expect(implemented()).toEqual(
      expect.arrayContaining([
        'GET /api/owner/tenants',
        'DELETE /api/owner/tenants/{id}/domains/{domain}',
        'GET /api/openapi.json',
      ]),
    );
    const docs = new Set(documented());
    expect(implemented().filter((route) => !docs.has(route))).toEqual([]);
  });

  it('documents no operation without a route handler', () => {
    const routes = new Set(implemented());
    expect(documented().filter((op) => !routes.has(op))).toEqual([]);
  });

  it('documents each operation once', () => {
    const all = documented();
    expect(all.filter((op, i) => all.indexOf(op) !== i)).toEqual([]);
  });
});
