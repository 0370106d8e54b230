import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeRegistry } from '@/app/api/route-registry.generated';
import { registeredRoutes } from '@/server/shared/routes/route-registry';

/**
 * Every error code a route documents can be produced behind it: the code is written (thrown) somewhere in the
 * code the route file imports, directly or transitively, not only in its own `errors` list or the code catalog.
 * The derived statuses (401, 403, 400, 404, 415, 503) are checked against the running routes by drift.test.ts;
 * this covers the domain codes a handler adds by hand, which is where a document drifts when code changes.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SRC = path.join(ROOT, 'src');
const CATALOG = path.join(SRC, 'server/shared/routes/error-codes.ts');
const SPECIFIER = /(?:from\s*|import\s*\(\s*)'([^']+)'/g;

function resolveModule(spec: string, fromFile: string): string | undefined {
  const base = spec.startsWith('@/')
    ? path.join(SRC, spec.slice(2))
    : spec.startsWith('.')
      ? path.resolve(path.dirname(fromFile), spec)
      : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
    (candidate) => candidate.startsWith(SRC) && fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  );
}

const closures = new Map<string, Set<string>>();
function importClosure(entry: string): Set<string> {
  const cached = closures.get(entry);
  if (cached) return cached;
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const target = resolveModule(spec!, file);
      if (target && !seen.has(target)) stack.push(target);
    }
  }
  closures.set(entry, seen);
  return seen;
}

const texts = new Map<string, string>();
const textOf = (file: string) => {
  let text = texts.get(file);
  if (text === undefined) texts.set(file, (text = fs.readFileSync(file, 'utf8')));
  return text;
};

describe('documented error codes', () => {
  it('are produced by code behind the route that documents them', () => {
    const unreachable: string[] = [];
    let checked = 0;
    for (const route of registeredRoutes(routeRegistry)) {
      const codes = (route.descriptor?.errors ?? []).filter((e) => typeof e === 'string');
      if (codes.length === 0) continue;
      const routeFile = path.join(SRC, 'app/api', route.entry.file);
      const files = [...importClosure(routeFile)].filter((f) => f !== CATALOG);
      // The route file's own `errors: [...]` lists are what is being checked, so they do not count as proof.
      const haystack = files
        .map((f) => (f === routeFile ? textOf(f).replace(/errors:\s*\[[^\]]*\]/g, '') : textOf(f)))
        .join('\n');
      for (const code of codes) {
        checked++;
        if (!new RegExp(`['"\`]${code}['"\`]`).test(haystack))
          unreachable.push(`${route.exportName} ${route.entry.path}: ${code}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(unreachable).toEqual([]);
  });
});
