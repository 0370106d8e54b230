import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeRegistry } from '@/app/api/route-registry.generated';
import type { TenantRole } from '@/lib/domain/tenant/permissions';
import type { RouteDescriptor } from '@/server/shared/routes/route-descriptor';
import { registeredRoutes, type RegisteredRoute } from '@/server/shared/routes/route-registry';
import { apiPathOf, exportedMethods, routeFiles } from '../../../scripts/lib/route-files';
import { callRoute, type CallResult } from '@tests/support/http';
import { createOwnerAccounts, OWNER_ORIGIN, uniqueIp } from '@tests/support/owner-auth';
import { adminCaller, createStaff, firstPracticeId } from '@tests/support/tenant-people-api';
import { createTestTenant } from '@tests/support/tenants';

/**
 * The OpenAPI document must describe exactly the routes that exist, and what it says about them must be what
 * they do. Statically: every exported method of every src/app/api/**\/route.ts is built from a descriptor
 * and listed in the generated registry, with the method and path its file's location gives. Against the
 * running handlers (real requests, one clinic, one session per role): a route needing a session answers 401
 * without one; a role its permission leaves out gets 403; a documented query or body refuses invalid input
 * with 400 (and a JSON body another content type with 415); an impossible path parameter is a 404; the owner
 * API answers 404 off the owner host, the clinic API 404 on a host that serves no clinic.
 */

const API_ROOT = path.resolve(import.meta.dirname, '../../../src/app/api');
const UNKNOWN_HOST_ORIGIN = 'http://no-such-clinic.localhost:3000';
const routes = registeredRoutes(routeRegistry);
const described = routes.filter(
  (r): r is RegisteredRoute & { descriptor: RouteDescriptor } => r.descriptor !== undefined,
);
const documented = described.filter((r) => !r.descriptor.undocumented);
const key = (r: RegisteredRoute) => `${r.exportName} ${r.entry.path}`;

describe('route registry and descriptors', () => {
  it('lists every route file with the methods it exports', () => {
    const files = routeFiles(API_ROOT).map((f) => path.relative(API_ROOT, f).split(path.sep).join('/'));
    expect(files.length).toBeGreaterThan(90);
    expect(routeRegistry.map((e) => e.file)).toEqual(files);
    for (const entry of routeRegistry) {
      expect(entry.path, entry.file).toBe(apiPathOf(entry.file));
      expect(Object.keys(entry.module).filter((name) => /^[A-Z]+$/.test(name))).toEqual(
        expect.arrayContaining([...entry.methods]),
      );
    }
    expect(apiPathOf('owner/tenants/[id]/domains/[domain]/route.ts')).toBe(
      '/api/owner/tenants/{id}/domains/{domain}',
    );
    expect(apiPathOf('(tenant)/files/[...key]/route.ts')).toBe('/api/files/{key}');
    expect(
      exportedMethods('export const GET = x;\nexport async function POST() {}\nexport const dynamic = 1;'),
    ).toEqual(['GET', 'POST']);
  });

  it('builds every exported handler from a descriptor', () => {
    expect(described.length).toBeGreaterThan(130);
    expect(routes.filter((r) => !r.descriptor).map(key)).toEqual([]);
  });

  it("gives each descriptor its file's method and path", () => {
    const wrong = described
      .filter(
        (r) =>
          r.descriptor.method.toUpperCase() !== r.exportName ||
          (r.descriptor.undocumented ? false : r.descriptor.path !== r.entry.path),
      )
      .map((r) => `${key(r)} says ${r.descriptor.method.toUpperCase()} ${r.descriptor.path}`);
    expect(wrong).toEqual([]);
  });

  it('leaves out of the document only the catch-all for unknown API paths', () => {
    const files = new Set(described.filter((r) => r.descriptor.undocumented).map((r) => r.entry.file));
    expect([...files]).toEqual(['[...path]/route.ts']);
  });
});

type Sessions = { tenant: Record<TenantRole, string>; owner: Record<'OWNER' | 'SUPPORT', string> };

describe('documented behaviour of the running routes', () => {
  let origin: string;
  let sessions: Sessions;

  beforeAll(async () => {
    const t = await createTestTenant('drift');
    const admin = await adminCaller(t);
    const practiceId = await firstPracticeId(admin);
    const [vet, tech, reception, owners] = await Promise.all([
      createStaff(admin, 'VETERINARIAN', [practiceId]),
      createStaff(admin, 'TECHNICIAN', [practiceId]),
      createStaff(admin, 'RECEPTIONIST', [practiceId]),
      createOwnerAccounts('drift'),
    ]);
    origin = t.origin;
    sessions = {
      tenant: {
        ADMIN: admin.cookie!,
        VETERINARIAN: vet.api.cookie!,
        TECHNICIAN: tech.api.cookie!,
        RECEPTIONIST: reception.api.cookie!,
      },
      owner: { OWNER: owners.owner.cookie, SUPPORT: owners.support.cookie },
    };
  });

  const originOf = (d: RouteDescriptor) => (d.plane === 'tenant' ? origin : OWNER_ORIGIN);
  const cookieOf = (d: RouteDescriptor, role: string) =>
    d.plane === 'tenant' ? sessions.tenant[role as TenantRole] : sessions.owner[role as 'OWNER'];
  /** A session allowed to call the route (none for a public one). */
  const allowedCookie = (d: RouteDescriptor) =>
    d.access.session ? cookieOf(d, d.access.roles[0]!) : undefined;

  async function send(
    r: RegisteredRoute & { descriptor: RouteDescriptor },
    options: {
      origin?: string;
      cookie?: string;
      params?: Record<string, string>;
      query?: string;
      body?: unknown;
      contentType?: string;
    } = {},
  ): Promise<CallResult> {
    const d = r.descriptor;
    const params = options.params ?? validParams(d);
    const filled = d.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
    const unsafe = d.method !== 'get';
    return callRoute(r.entry.module[r.exportName] as Parameters<typeof callRoute>[0], {
      method: d.method.toUpperCase(),
      url: `${options.origin ?? originOf(d)}${filled}${options.query ?? ''}`,
      cookie: options.cookie,
      params,
      // Unsafe methods carry a body so a required one is present; sign-in throttles count per address.
      body: options.body ?? (unsafe && !d.multipart ? {} : undefined),
      headers: {
        'x-forwarded-for': uniqueIp(),
        ...(options.contentType ? { 'content-type': options.contentType } : {}),
      },
    });
  }

  it('answers 401 without a session wherever one is required', async () => {
    const wrong: string[] = [];
    const needingSession = documented.filter((d) => d.descriptor.access.session);
    expect(needingSession.length).toBeGreaterThan(60);
    for (const r of needingSession) {
      const res = await send(r);
      if (res.status !== 401) wrong.push(`${key(r)}: ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 to every role the permission leaves out', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const r of documented) {
      const { access } = r.descriptor;
      if (!access.session) continue;
      for (const role of access.allRoles.filter((role) => !access.roles.includes(role))) {
        checked++;
        const res = await send(r, { cookie: cookieOf(r.descriptor, role) });
        if (res.status !== 403 || res.body?.error?.code !== 'FORBIDDEN')
          wrong.push(`${key(r)} as ${role}: ${res.status} ${res.body?.error?.code}`);
      }
    }
    // Every clinic permission short of all four roles, and the owner-only changes, were exercised.
    expect(checked).toBeGreaterThan(60);
    expect(wrong).toEqual([]);
  });

  it('refuses invalid query strings and bodies with 400, and a JSON body sent as another type with 415', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const r of documented) {
      const d = r.descriptor;
      const cookie = allowedCookie(d);
      if (d.query) {
        // A NUL can never be stored: the shared reader refuses it in any parameter, whatever its schema.
        checked++;
        const name = Object.keys(shapeOf(d.query))[0] ?? 'q';
        const res = await send(r, { cookie, query: `?${name}=%00` });
        if (res.status !== 400 || res.body?.error?.code !== 'VALIDATION_ERROR')
          wrong.push(`${key(r)} query: ${res.status} ${res.body?.error?.code}`);
      }
      if (d.body && !d.multipart) {
        checked++;
        const res = await send(r, { cookie, body: ['not', 'an', 'object'] });
        if (res.status !== 400 || res.body?.error?.code !== 'VALIDATION_ERROR')
          wrong.push(`${key(r)} body: ${res.status} ${res.body?.error?.code}`);
        const text = await send(r, { cookie, body: 'x', contentType: 'text/plain' });
        if (text.status !== 415) wrong.push(`${key(r)} text/plain body: ${text.status}`);
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });

  it('answers 404 for a path parameter that cannot exist, and where the plane is not served', async () => {
    const wrong: string[] = [];
    for (const r of documented) {
      const d = r.descriptor;
      const cookie = allowedCookie(d);
      const impossible = Object.fromEntries(
        [...d.path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => [name!, 'no such thing!']),
      );
      if (d.params && !d.params.safeParse(impossible).success) {
        const res = await send(r, { cookie, params: impossible, body: d.body ? validBodyHint : undefined });
        if (res.status !== 404) wrong.push(`${key(r)} impossible params: ${res.status}`);
      }
      if (d.plane === 'owner') {
        const res = await send(r, { origin, cookie: sessions.owner.OWNER });
        if (res.status !== 404) wrong.push(`${key(r)} on a clinic host: ${res.status}`);
      }
      if (d.plane === 'tenant') {
        const res = await send(r, { origin: UNKNOWN_HOST_ORIGIN, cookie });
        if (res.status !== 404) wrong.push(`${key(r)} on a host without a clinic: ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** Params (read before the body) are refused first, so the body only has to be present. */
const validBodyHint = {};

const CANDIDATES = ['00000000-0000-4000-8000-000000000000', 'drift-example', 'drift.example.test', '1'];

/** Values each path parameter's schema accepts (so a call gets past params to what is being checked). */
function validParams(d: RouteDescriptor): Record<string, string> {
  const names = [...d.path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => name!);
  const out = Object.fromEntries(names.map((n) => [n, CANDIDATES[0]!]));
  if (!d.params) return out;
  for (const name of names) {
    for (const candidate of CANDIDATES) {
      const result = d.params.safeParse({ ...out, [name]: candidate });
      if (result.success || !result.error.issues.some((i) => i.path[0] === name)) {
        out[name] = candidate;
        break;
      }
    }
  }
  return out;
}

function shapeOf(schema: unknown): Record<string, unknown> {
  const def = (schema as { _zod?: { def?: { shape?: Record<string, unknown> } } })._zod?.def;
  return def?.shape ?? {};
}
