import crypto from 'node:crypto';
import { POST as ownerLogin } from '@/app/api/owner/auth/login/route';
import { ownerDb } from '@/server/owner/db/client';
import type { OwnerRole } from '@/lib/domain/owner/owner-roles';
import { upsertOwnerUser } from '@/server/owner/users/upsert-owner-user';
import { callRoute, cookieFrom, type CallOptions, type CallResult } from './http';

/** The owner host in tests (the apex, as in the seed's http://localhost:3000/owner). */
export const OWNER_ORIGIN = 'http://localhost:3000';

export type OwnerAccount = { id: string; email: string; password: string; role: OwnerRole; cookie: string };

/**
 * A client address nobody else uses. Sign-in throttling counts failures per address in the shared owner
 * database, so tests that fail sign-ins on purpose must never lock out another test file's address.
 */
export function uniqueIp(): string {
  const b = crypto.randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

/** Signs in through POST /api/owner/auth/login and returns the Cookie header to send. */
export async function ownerSignIn(email: string, password: string): Promise<string> {
  const res = await callRoute(ownerLogin, {
    method: 'POST',
    url: `${OWNER_ORIGIN}/api/owner/auth/login`,
    body: { email, password },
    headers: { 'x-forwarded-for': uniqueIp() },
  });
  if (res.status !== 200) throw new Error(`owner sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return cookieFrom(res.setCookie);
}

/** Creates an owner user with a unique email (per test file and run) and signs it in. */
export async function createOwnerAccount(prefix: string, role: OwnerRole): Promise<OwnerAccount> {
  const email = `${prefix}-${role.toLowerCase()}-${crypto.randomBytes(4).toString('hex')}@owner.test`;
  const password = `pw-${crypto.randomBytes(9).toString('base64url')}`;
  const { user } = await upsertOwnerUser(ownerDb, { email, password, role, name: `${prefix} ${role}` });
  return { id: user.id, email, password, role, cookie: await ownerSignIn(email, password) };
}

/** An OWNER and a SUPPORT user for one test file. */
export async function createOwnerAccounts(
  prefix: string,
): Promise<{ owner: OwnerAccount; support: OwnerAccount }> {
  const [owner, support] = await Promise.all([
    createOwnerAccount(prefix, 'OWNER'),
    createOwnerAccount(prefix, 'SUPPORT'),
  ]);
  return { owner, support };
}

type Handler = Parameters<typeof callRoute>[0];

/** Calls an owner route handler on the owner host: `ownerCall(GET, { path: '/api/owner/tenants', cookie })`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as callRoute: each test reads the JSON it expects
export function ownerCall<T = any>(
  handler: Handler,
  options: Omit<CallOptions, 'url'> & { path: string; origin?: string },
): Promise<CallResult<T>> {
  const { path, origin, ...rest } = options;
  return callRoute<T>(handler, { ...rest, url: `${origin ?? OWNER_ORIGIN}${path}` });
}
