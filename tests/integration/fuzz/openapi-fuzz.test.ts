import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenApiDocument, OpenApiOperation } from '@/server/openapi/build-document';
import type { JsonSchema } from '@/server/openapi/json-schema';
import {
  startPrivateCluster,
  useClusterInThisProcess,
  type PrivateCluster,
} from '@tests/support/core-cluster';
import { badStrings, bodyFor, queryValueFor } from '@tests/support/fuzz/openapi-arbitraries';
import { closeAppConnections } from '@tests/support/close-app-connections';

/**
 * Issue 8, point 14: a property-based fuzz of every operation of both OpenAPI documents (the clinic's, served at
 * /api/openapi.json on a clinic host, and the owner's on the owner host). Each case is a real request to the real
 * route handler, signed in, against real PostgreSQL: near-valid inputs with one bad part (NUL bytes, huge strings,
 * out-of-range dates and numbers, wrong types, forged cursors). Every answer must be below 500, and every 4xx
 * must carry an error code.
 *
 * Runs on its own embedded cluster, since it changes whatever it manages to change. Fixed seed; bounded for CI
 * (FUZZ_RUNS cases per plane, default 1000, and at most FUZZ_TIME_LIMIT_MS per plane, default 25 s). The big run:
 *   FUZZ_RUNS=10000 FUZZ_TIME_LIMIT_MS=0 npx vitest run tests/integration/fuzz
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_LIMIT_MS ?? 25_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const TENANT_ORIGIN = 'http://fuzz-clinic.localhost:3000';
const OWNER_ORIGIN = 'http://localhost:3000';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Op = { method: string; path: string; operation: OpenApiOperation };
type Plane = {
  origin: string;
  doc: OpenApiDocument;
  ops: Op[];
  cookies: string[];
  ids: string[];
  names: string[];
};

/** Lone surrogates replaced, as a URL would carry them (String#toWellFormed is ES2024). */
const wellFormed = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

let cluster: PrivateCluster;
const planes: Record<'tenant' | 'owner', Plane> = {} as never;
const handlers = new Map<string, Record<string, Handler>>();

async function handlerFor(op: Op): Promise<Handler> {
  let module = handlers.get(op.path);
  if (!module) {
    const dir = op.path.replace(/\{([^}]+)\}/g, '[$1]');
    const file = path.join(ROOT, 'src/app', dir, 'route.ts');
    if (!fs.existsSync(file)) throw new Error(`no route module for ${op.path}`);
    module = (await import(file)) as Record<string, Handler>;
    handlers.set(op.path, module);
  }
  const handler = module[op.method];
  if (!handler) throw new Error(`${op.path} exports no ${op.method}`);
  return handler;
}

function operations(doc: OpenApiDocument, keep: (path: string) => boolean): Op[] {
  return Object.entries(doc.paths).flatMap(([p, methods]) =>
    keep(p)
      ? Object.entries(methods).map(([method, operation]) => {
          const op: Op = { method: method.toUpperCase(), path: p, operation };
          // Counterexamples name the operation instead of printing its whole OpenAPI entry.
          return Object.assign(op, { [fc.toStringMethod]: () => `${op.method} ${op.path}` });
        })
      : [],
  );
}

async function send(
  origin: string,
  method: string,
  url: string,
  init: { cookie?: string; body?: unknown; multipart?: FormData; raw?: string },
) {
  const headers = new Headers({ host: new URL(origin).host, 'x-forwarded-for': '10.9.8.7' });
  if (init.cookie) headers.set('cookie', init.cookie);
  let body: BodyInit | undefined;
  if (method === 'GET' || method === 'HEAD') body = undefined;
  else if (init.multipart) body = init.multipart;
  else if (init.raw !== undefined) {
    body = init.raw;
    headers.set('content-type', 'application/json');
  } else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers.set('content-type', 'application/json');
  }
  return new Request(url, { method, headers, body });
}

function caseFor(plane: Plane) {
  const resolve = (ref: string) => plane.doc.components.schemas[ref.split('/').pop()!] as JsonSchema;
  const pathValue = fc.oneof(
    { arbitrary: fc.constantFrom(...plane.ids), weight: 5 },
    { arbitrary: fc.constantFrom(...plane.names), weight: 2 },
    { arbitrary: fc.uuid(), weight: 1 },
    // A URL carries well-formed text only: Next.js decodes path segments before the handler sees them.
    { arbitrary: badStrings.map((s) => wellFormed(s.slice(0, 300))), weight: 2 },
  );
  return fc.constantFrom(...plane.ops).chain((op) => {
    const pathParams = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const query = (op.operation.parameters ?? []).filter((p) => p.in === 'query');
    const content = op.operation.requestBody?.content ?? {};
    const json = content['application/json']?.schema;
    const multipart = content['multipart/form-data']?.schema;
    return fc.record({
      op: fc.constant(op),
      params: fc
        .tuple(...pathParams.map(() => pathValue))
        .map((values) => Object.fromEntries(pathParams.map((name, i) => [name, values[i]!]))),
      query: fc.tuple(
        ...query.map((p) =>
          fc.option(queryValueFor(p.name, p.schema, resolve, plane.ids), { nil: undefined }),
        ),
      ),
      body: json ? bodyFor(json, resolve, plane.ids) : fc.constant(undefined),
      raw: fc.option(fc.constantFrom('{"a":', 'null', '[', '"\\u0000"', '{"x":"\\u0000"}'), { freq: 12 }),
      multipart: multipart
        ? fc.record({
            fields: bodyFor(multipart, resolve, plane.ids),
            file: fc.uint8Array({ maxLength: 300 }),
            name: fc.oneof(
              fc.string({ maxLength: 30 }),
              badStrings.map((s) => s.slice(0, 200)),
            ),
          })
        : fc.constant(undefined),
      cookie: fc.constantFrom(...plane.cookies),
    });
  });
}

async function runFuzz(name: 'tenant' | 'owner') {
  const plane = planes[name];
  const seen = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(caseFor(plane), async (c) => {
      const { op } = c;
      let url = `${plane.origin}${op.path.replace(/\{([^}]+)\}/g, (_, k: string) => encodeURIComponent(c.params[k]!))}`;
      const search = new URLSearchParams();
      (op.operation.parameters ?? [])
        .filter((p) => p.in === 'query')
        .forEach((p, i) => {
          const value = c.query[i];
          if (value !== undefined) search.set(p.name, value);
        });
      if ([...search.keys()].length) url += `?${search}`;
      let form: FormData | undefined;
      if (c.multipart) {
        form = new FormData();
        const fields = c.multipart.fields;
        if (fields && typeof fields === 'object' && !Array.isArray(fields))
          for (const [k, v] of Object.entries(fields))
            form.append(k, typeof v === 'string' ? v : JSON.stringify(v));
        form.append('file', new Blob([c.multipart.file]), c.multipart.name);
      }
      // Signing out would end the session the rest of the run uses; those routes are called anonymously.
      const cookie = op.path.endsWith('/auth/logout') ? undefined : c.cookie;
      const req = await send(plane.origin, op.method, url, {
        cookie,
        body: c.body,
        multipart: form,
        raw: c.raw ?? undefined,
      });
      const res = await (await handlerFor(op))(req, { params: Promise.resolve(c.params) });
      const text = await res.text();
      const key = `${op.method} ${op.path} ${res.status}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      // Readiness answers 503 by design while the job workers are not running (none run in this test).
      const notReady = op.path === '/api/health/ready' && res.status === 503;
      if (res.status >= 500 && !notReady)
        throw new Error(`${op.method} ${url} answered ${res.status}: ${text.slice(0, 300)}`);
      if (res.status >= 400 && (res.headers.get('content-type') ?? '').includes('json')) {
        const code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
        if (typeof code !== 'string')
          throw new Error(`${op.method} ${url} answered ${res.status} without a code`);
      }
    }),
    {
      seed: SEED,
      numRuns: RUNS,
      endOnFailure: true,
      ...(TIME_LIMIT_MS > 0 ? { interruptAfterTimeLimit: TIME_LIMIT_MS } : {}),
    },
  );
  const total = [...seen.values()].reduce((a, b) => a + b, 0);
  const byStatus = new Map<string, number>();
  for (const [key, n] of seen) {
    const status = key.split(' ').pop()!;
    byStatus.set(status, (byStatus.get(status) ?? 0) + n);
  }
  const covered = new Set([...seen.keys()].map((k) => k.split(' ').slice(0, 2).join(' '))).size;
  console.info(
    `fuzz ${name}: ${total} requests over ${covered}/${plane.ops.length} operations, statuses ${JSON.stringify(Object.fromEntries([...byStatus].sort()))}`,
  );
  return { total, covered };
}

beforeAll(async () => {
  cluster = await startPrivateCluster();
  await useClusterInThisProcess(cluster.env);
  const { setupControlPlane } = await import('@/server/tenancy/setup');
  await setupControlPlane();
  const { provisionTenant } = await import('@/server/tenancy/provisioning/provision-tenant');
  const { openApiDocumentFor } = await import('@/server/openapi/build-document');
  const { callRoute, cookieFrom } = await import('@tests/support/http');
  const route = (p: string) =>
    import(path.join(ROOT, 'src/app', p, 'route.ts')) as Promise<Record<string, Handler>>;

  const password = 'fuzz-password-123';
  const clinic = await provisionTenant({
    name: 'Fuzz Clinic',
    slug: 'fuzz-clinic',
    planCode: 'enterprise',
    admin: { email: 'admin@fuzz.test', password, name: 'Fuzz Admin' },
  });
  const victim = await provisionTenant({
    name: 'Fuzz Victim',
    slug: 'fuzz-victim',
    planCode: 'basic',
    admin: { email: 'admin@victim.test', password, name: 'Victim Admin' },
  });
  const signIn = async (origin: string, p: string, email: string, pw: string) =>
    cookieFrom(
      (
        await callRoute((await route(p)).POST!, {
          method: 'POST',
          url: `${origin}${p}`,
          body: { email, password: pw },
        })
      ).setCookie,
    );
  const admin = await signIn(TENANT_ORIGIN, '/api/auth/login', 'admin@fuzz.test', password);
  const call = async (p: string, body: unknown, params: Record<string, string> = {}) => {
    const file = p.replace(/\/[0-9a-f-]{36}/g, '/[id]');
    const res = await callRoute((await route(file)).POST!, {
      method: 'POST',
      url: `${TENANT_ORIGIN}${p}`,
      cookie: admin,
      body,
      params,
    });
    if (res.status >= 300) throw new Error(`${p}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data as { id: string };
  };
  const practiceId = (
    await callRoute((await route('/api/practices')).GET!, {
      url: `${TENANT_ORIGIN}/api/practices`,
      cookie: admin,
    })
  ).body.data[0].id as string;
  const vetUser = await call('/api/users', {
    email: 'vet@fuzz.test',
    name: 'Fuzz Vet',
    role: 'VETERINARIAN',
    password,
    practiceIds: [practiceId],
  });
  const vet = await signIn(TENANT_ORIGIN, '/api/auth/login', 'vet@fuzz.test', password);
  // The fuzz may deactivate or reset the users whose ids it knows: a colleague, never the two signed in.
  const colleague = await call('/api/users', {
    email: 'colleague@fuzz.test',
    name: 'Fuzz Colleague',
    role: 'TECHNICIAN',
    password,
    practiceIds: [practiceId],
  });
  const client = await call('/api/clients', { practiceId, name: 'Fuzz Owner' });
  const patient = await call('/api/patients', { clientId: client.id, name: 'Rex', species: 'Dog' });
  const item = await call('/api/inventory', { practiceId, sku: 'FUZZ-1', name: 'Fuzzamycin' });
  await call(`/api/inventory/${item.id}/receive`, { quantity: 100 }, { id: item.id });
  const appointment = await call('/api/appointments', {
    practiceId,
    patientId: patient.id,
    veterinarianId: vetUser.id,
    startsAt: '2030-01-01T10:00:00Z',
    durationMinutes: 30,
  });
  const recordRes = await callRoute((await route('/api/medical-records')).POST!, {
    method: 'POST',
    url: `${TENANT_ORIGIN}/api/medical-records`,
    cookie: vet,
    body: { patientId: patient.id, subjective: 'Fuzzing' },
  });
  const rxRes = await callRoute((await route('/api/prescriptions')).POST!, {
    method: 'POST',
    url: `${TENANT_ORIGIN}/api/prescriptions`,
    cookie: vet,
    body: {
      patientId: patient.id,
      inventoryItemId: item.id,
      dose: '1',
      route: 'oral',
      frequency: 'daily',
      quantity: 2,
    },
  });
  const owner = await signIn(OWNER_ORIGIN, '/api/owner/auth/login', 'owner@core.test', 'owner-password-123');

  const { routeRegistry: routes } = await import('@/app/api/route-registry.generated');
  const tenantDoc = openApiDocumentFor({ includeOwner: false, routes });
  const ownerDoc = openApiDocumentFor({ includeOwner: true, routes });
  planes.tenant = {
    origin: TENANT_ORIGIN,
    doc: tenantDoc,
    ops: operations(tenantDoc, () => true),
    cookies: [admin, vet, admin, vet, ''],
    ids: [
      practiceId,
      colleague.id,
      client.id,
      patient.id,
      item.id,
      appointment.id,
      recordRes.body.data.id,
      rxRes.body.data.id,
    ],
    names: ['x'],
  };
  planes.owner = {
    origin: OWNER_ORIGIN,
    doc: ownerDoc,
    ops: operations(ownerDoc, (p) => p.startsWith('/api/owner/')),
    cookies: [owner, owner, owner, ''],
    ids: [victim.id],
    names: ['basic', 'fuzz-plan', 'fuzz-victim.localhost', 'FUZZ'],
  };
  expect(clinic.status).toBe('ACTIVE');
}, 240_000);

afterAll(async () => {
  await closeAppConnections({ ignoreErrors: true });
  await cluster?.stop();
});

describe('OpenAPI fuzz', () => {
  it('never answers 5xx on any clinic operation', async () => {
    const { total, covered } = await runFuzz('tenant');
    expect(total).toBeGreaterThan(0);
    expect(covered).toBeGreaterThan(RUNS >= 250 ? planes.tenant.ops.length / 2 : 0);
  }, 3_600_000);

  it('never answers 5xx on any owner operation', async () => {
    const { total } = await runFuzz('owner');
    expect(total).toBeGreaterThan(0);
  }, 3_600_000);
});
