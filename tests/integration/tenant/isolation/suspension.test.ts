import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { POST as login } from '@/app/api/auth/login/route';
import { GET as me } from '@/app/api/auth/me/route';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import type { TenantStatus } from '@/lib/domain/owner/tenants';
import { callRoute } from '@tests/support/http';
import { adminCaller } from '@tests/support/tenant-people-api';
import { createTestTenant } from '@tests/support/tenants';

/** Polls until the host answers `status` and returns the elapsed milliseconds (fails after `timeoutMs`). */
async function msUntil(
  probe: () => Promise<{ status: number }>,
  status: number,
  timeoutMs: number,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if ((await probe()).status === status) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`still not ${status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function setStatus(tenantId: string, status: TenantStatus) {
  await ownerDb
    .update(tenants)
    .set({ status, suspendedAt: status === 'SUSPENDED' ? new Date() : null })
    .where(eq(tenants.id, tenantId));
}

describe('tenant suspension', () => {
  it('answers 403 TENANT_SUSPENDED within 2 s of suspension, to sessions and sign-ins alike', async () => {
    const t = await createTestTenant('iso-susp');
    const admin = await adminCaller(t);
    // Warm the resolution cache first: the point is that the cache is invalidated, not merely cold.
    expect((await admin.get(me, '/api/auth/me')).status).toBe(200);

    await setStatus(t.tenant.id, 'SUSPENDED');
    const ms = await msUntil(() => admin.get(me, '/api/auth/me'), 403, 2000);
    expect(ms).toBeLessThanOrEqual(2000);
    const res = await admin.get(me, '/api/auth/me');
    expect(res.body.error.code).toBe('TENANT_SUSPENDED');
    const signIn = await callRoute(login, {
      method: 'POST',
      url: `${t.origin}/api/auth/login`,
      body: { email: t.admin.email, password: t.admin.password },
    });
    expect(signIn.status).toBe(403);

    // And back: the same session works again once the owner reactivates the clinic.
    await setStatus(t.tenant.id, 'ACTIVE');
    expect(await msUntil(() => admin.get(me, '/api/auth/me'), 200, 2000)).toBeLessThanOrEqual(2000);
  });
});
