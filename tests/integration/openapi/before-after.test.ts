import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET as openApiJson } from '@/app/api/openapi.json/route';
import { routeRegistry } from '@/app/api/route-registry.generated';
import type { OpenApiDocument, OpenApiOperation } from '@/server/openapi/build-document';
import { documentedDescriptors } from '@/server/shared/routes/route-registry';
import { callRoute } from '@tests/support/http';

/**
 * Issue 9's constraint on the route descriptors: the document served after them describes the same operations
 * as the one served before (tests/integration/openapi/fixtures/openapi-before.*.json, dumped from the hand-kept
 * lists by scripts/dump-openapi.ts before anything changed), with parameters, request bodies, success responses
 * and error statuses at least as complete. Schemas compare with every `$ref` resolved, so renamed components
 * do not count as changes; a request body may gain optional fields.
 */

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
/** Operations added since the fixtures were dumped, on every host (each one deliberate, so named here). */
const ADDED_SINCE = ['GET /api/health/live'];
const HOSTS = { owner: 'http://localhost:3000', tenant: 'http://clinic.localhost:3000' } as const;

type Json = unknown;

function before(name: keyof typeof HOSTS): OpenApiDocument {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `openapi-before.${name}.json`), 'utf8'));
}

async function after(name: keyof typeof HOSTS): Promise<OpenApiDocument> {
  const res = await callRoute(openApiJson, { url: `${HOSTS[name]}/api/openapi.json` });
  expect(res.status).toBe(200);
  return res.body as OpenApiDocument;
}

/** The value with every local `$ref` replaced by what it points to (a cycle is cut at its second visit). */
function resolved(document: OpenApiDocument, value: Json, seen: string[] = []): Json {
  if (Array.isArray(value)) return value.map((v) => resolved(document, v, seen));
  if (!value || typeof value !== 'object') return value;
  const ref = (value as { $ref?: unknown }).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    if (seen.includes(ref)) return { $ref: '(recursive)' };
    const target = ref
      .slice(2)
      .split('/')
      .reduce<Json>((node, key) => (node as Record<string, Json> | undefined)?.[key], document);
    const { $ref: _ref, ...siblings } = value as Record<string, Json>;
    // A reference's own description (e.g. the error codes of one route) is a sibling; the target is compared.
    return { ...(resolved(document, target, [...seen, ref]) as object), ...siblings };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolved(document, v, seen)]));
}

function operations(document: OpenApiDocument): Map<string, OpenApiOperation> {
  const out = new Map<string, OpenApiOperation>();
  for (const [p, item] of Object.entries(document.paths))
    for (const [method, op] of Object.entries(item)) out.set(`${method.toUpperCase()} ${p}`, op);
  return out;
}

const descriptors = new Map(
  documentedDescriptors(routeRegistry).map((d) => [`${d.method.toUpperCase()} ${d.path}`, d]),
);

/**
 * Statuses the hand-kept lists documented that no request can get; nothing else may disappear:
 *  - 403 on an owner read every owner role may make (withOwner refuses by role only, and never a safe method
 *    cross-site): its descriptor proves it;
 *  - 400 on the reads and actions below, which take neither a query nor a body (checked on the descriptor): an
 *    invalid path id is a 404 (readParams), and these handlers answer no 400 of their own (read one by one when
 *    they became descriptors).
 */
function unreachable(key: string, status: string): boolean {
  const d = descriptors.get(key);
  if (status === '400' && d && !d.query && !d.body && PARAMS_ONLY_400.has(key)) return true;
  if (!d || status !== '403' || d.plane !== 'owner' || d.method !== 'get' || !d.access.session) return false;
  return d.access.roles.length === d.access.allRoles.length;
}

const PARAMS_ONLY_400 = new Set([
  'GET /api/billing/invoices/{id}/pdf',
  'GET /api/owner/invoices/{id}',
  'GET /api/owner/invoices/{id}/payments',
  'GET /api/owner/invoices/{id}/pdf',
  'POST /api/owner/invoices/{id}/resend',
  'GET /api/owner/outbox/{id}',
]);

const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

type ObjectSchema = { type?: unknown; properties?: Record<string, Json>; required?: string[] };

/**
 * `next` without the optional body fields `previous` lacked: a new optional field (e.g. issue 14's
 * `allowPast`) leaves every request that was valid before valid, so it is an addition, not a change.
 */
function withoutNewOptionalFields(previous: Json, next: Json): Json {
  const was = previous as ObjectSchema | null;
  const now = next as ObjectSchema | null;
  if (!was?.properties || !now?.properties) return next;
  const required = new Set(now.required ?? []);
  const properties = Object.fromEntries(
    Object.entries(now.properties).filter(([name]) => name in was.properties! || required.has(name)),
  );
  return { ...now, properties };
}

/** Every way `next` is less complete than `previous`, as readable lines. */
function regressions(
  key: string,
  previous: OpenApiOperation,
  next: OpenApiOperation,
  docs: { previous: OpenApiDocument; next: OpenApiDocument },
): string[] {
  const problems: string[] = [];
  for (const param of previous.parameters ?? []) {
    const match = (next.parameters ?? []).find((p) => p.name === param.name && p.in === param.in);
    if (!match) problems.push(`${key}: ${param.in} parameter ${param.name} is gone`);
    else if (match.required !== param.required)
      problems.push(`${key}: ${param.in} parameter ${param.name} changed required`);
    else if (!same(resolved(docs.previous, param.schema), resolved(docs.next, match.schema)))
      problems.push(`${key}: ${param.in} parameter ${param.name} changed its schema`);
  }
  for (const [type, content] of Object.entries(previous.requestBody?.content ?? {})) {
    const match = next.requestBody?.content[type];
    if (!match) problems.push(`${key}: request body ${type} is gone`);
    else {
      const was = resolved(docs.previous, content.schema);
      if (!same(was, withoutNewOptionalFields(was, resolved(docs.next, match.schema))))
        problems.push(`${key}: request body ${type} changed its schema`);
    }
  }
  const success = (op: OpenApiOperation) => Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s));
  const [was] = success(previous);
  const [now] = success(next);
  const wasResponse = previous.responses[was!] as { content?: Record<string, { schema: Json }> };
  const nowResponse = next.responses[now!] as { content?: Record<string, { schema: Json }> } | undefined;
  // A body that is not JSON was documented as "204 No content"; documenting its real status and type is the fix.
  const fixedEmpty = was === '204' && !wasResponse.content && nowResponse?.content;
  if (was !== now && !fixedEmpty) problems.push(`${key}: success status ${was} became ${now}`);
  for (const [type, content] of Object.entries(wasResponse.content ?? {})) {
    const match = nowResponse?.content?.[type];
    if (!match) problems.push(`${key}: success body ${type} is gone`);
    else if (!same(resolved(docs.previous, content.schema), resolved(docs.next, match.schema)))
      problems.push(`${key}: success body ${type} changed its schema`);
  }
  for (const status of Object.keys(previous.responses).filter((s) => !/^2/.test(s)))
    if (!next.responses[status] && !unreachable(key, status))
      problems.push(`${key}: error status ${status} is no longer documented`);
  if ((previous.security.length === 0) !== (next.security.length === 0))
    problems.push(`${key}: changed between public and signed-in`);
  return problems;
}

describe.each(['owner', 'tenant'] as const)(
  'the OpenAPI document of the %s host, before and after',
  (name) => {
    it('has the same operations, plus the ones added since by name', async () => {
      const previous = [...operations(before(name)).keys()].sort();
      const next = [...operations(await after(name)).keys()].sort();
      expect(previous.length).toBeGreaterThan(50);
      expect(next).toEqual([...previous, ...ADDED_SINCE].sort());
    });

    it('documents every operation at least as completely as before', async () => {
      const docs = { previous: before(name), next: await after(name) };
      const next = operations(docs.next);
      const problems = [...operations(docs.previous)].flatMap(([key, op]) =>
        next.has(key) ? regressions(key, op, next.get(key)!, docs) : [],
      );
      expect(problems).toEqual([]);
    });
  },
);
