import crypto from 'node:crypto';
import { GET as listPracticesRoute } from '@/app/api/practices/route';
import { POST as createClientRoute } from '@/app/api/clients/route';
import { POST as createPatientRoute } from '@/app/api/patients/route';
import { POST as createPracticeRoute } from '@/app/api/practices/route';
import { POST as createUserRoute } from '@/app/api/users/route';
import type { TenantRole } from '@/lib/domain/tenant/permissions';
import { callRoute, type CallResult } from './http';
import { signIn, type TestTenant } from './tenants';

type Handler = Parameters<typeof callRoute>[0];

/** Response bodies are untyped JSON in tests; assertions check their shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read back from real responses
export type Json = any;

/** The fields tests most often read from a listed row. */
export type Row = { id: string; name: string; [field: string]: unknown };

export type Caller = {
  origin: string;
  cookie?: string;
  get<T = Json>(handler: Handler, path: string, params?: Record<string, string>): Promise<CallResult<T>>;
  post<T = Json>(
    handler: Handler,
    path: string,
    body?: unknown,
    params?: Record<string, string>,
  ): Promise<CallResult<T>>;
  patch<T = Json>(
    handler: Handler,
    path: string,
    body: unknown,
    params?: Record<string, string>,
  ): Promise<CallResult<T>>;
  del<T = Json>(handler: Handler, path: string, params?: Record<string, string>): Promise<CallResult<T>>;
};

/** Calls tenant route handlers on `origin` (the host picks the tenant) with an optional session cookie. */
export function caller(origin: string, cookie?: string): Caller {
  const call = (
    method: string,
    handler: Handler,
    path: string,
    body: unknown,
    params?: Record<string, string>,
  ) => callRoute(handler, { method, url: `${origin}${path}`, cookie, body, params });
  return {
    origin,
    cookie,
    get: (handler, path, params) => call('GET', handler, path, undefined, params),
    post: (handler, path, body, params) => call('POST', handler, path, body, params),
    patch: (handler, path, body, params) => call('PATCH', handler, path, body, params),
    del: (handler, path, params) => call('DELETE', handler, path, undefined, params),
  };
}

/** The tenant's admin, signed in. */
export async function adminCaller(t: TestTenant): Promise<Caller> {
  return caller(t.origin, await signIn(t.origin, t.admin.email, t.admin.password));
}

/** The id of the practice provisioning created for the tenant. */
export async function firstPracticeId(admin: Caller): Promise<string> {
  const res = await admin.get(listPracticesRoute, '/api/practices');
  if (res.status !== 200 || !res.body.data[0])
    throw new Error(`cannot list practices: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data[0].id;
}

export async function createPractice(
  admin: Caller,
  name = `Practice ${crypto.randomBytes(3).toString('hex')}`,
): Promise<string> {
  const res = await admin.post(createPracticeRoute, '/api/practices', { name, timezone: 'Europe/London' });
  if (res.status !== 201)
    throw new Error(`cannot create practice: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.id;
}

export type StaffMember = { id: string; email: string; password: string; role: TenantRole; api: Caller };

/** Creates a staff member through POST /api/users (with a chosen password) and signs them in. */
export async function createStaff(
  admin: Caller,
  role: TenantRole,
  practiceIds: string[],
): Promise<StaffMember> {
  const email = `${role.toLowerCase()}-${crypto.randomBytes(4).toString('hex')}@staff.test`;
  const password = `pw-${crypto.randomBytes(9).toString('base64url')}`;
  const res = await admin.post(createUserRoute, '/api/users', {
    email,
    name: `${role} ${email}`,
    role,
    password,
    practiceIds,
  });
  if (res.status !== 201) throw new Error(`cannot create user: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = await signIn(admin.origin, email, password);
  return { id: res.body.data.id, email, password, role, api: caller(admin.origin, cookie) };
}

export async function createClient(
  api: Caller,
  practiceId: string,
  fields: Record<string, unknown> = {},
): Promise<Json> {
  const res = await api.post(createClientRoute, '/api/clients', { practiceId, name: 'Jane Doe', ...fields });
  if (res.status !== 201) throw new Error(`cannot create client: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

export async function createPatient(
  api: Caller,
  clientId: string,
  fields: Record<string, unknown> = {},
): Promise<Json> {
  const res = await api.post(createPatientRoute, '/api/patients', {
    clientId,
    name: 'Rex',
    species: 'Dog',
    ...fields,
  });
  if (res.status !== 201) throw new Error(`cannot create patient: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

/** Follows nextCursor until the end; returns every row. */
export async function readAllPages(fetchPage: (cursor?: string) => Promise<CallResult>): Promise<Json[]> {
  const rows: Json[] = [];
  let cursor: string | undefined;
  for (let pageNo = 0; pageNo < 100; pageNo++) {
    const res = await fetchPage(cursor);
    if (res.status !== 200) throw new Error(`page failed: ${res.status} ${JSON.stringify(res.body)}`);
    rows.push(...res.body.data);
    if (!res.body.nextCursor) return rows;
    cursor = res.body.nextCursor;
  }
  throw new Error('pagination did not end');
}
