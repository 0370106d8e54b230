import { describe, expect, it } from 'vitest';
import { GET as listPractices } from '@/app/api/practices/route';
import { GET as unavailable } from '@/app/suspended/route';
import { ownerDb } from '@/server/owner/db/client';
import { enterMaintenance, leaveMaintenance } from '@/server/tenancy/routing/maintenance';
import { callRoute } from '@tests/support/http';
import { createTestTenant, signIn } from '@tests/support/tenants';

describe('maintenance mode', () => {
  it('answers 503 TENANT_MAINTENANCE with Retry-After and the message, then serves again', async () => {
    const clinic = await createTestTenant('maint');
    const cookie = await signIn(clinic.origin, clinic.admin.email, clinic.admin.password);
    const get = () => callRoute(listPractices, { url: `${clinic.origin}/api/practices`, cookie });
    expect((await get()).status).toBe(200);

    await enterMaintenance(ownerDb, {
      tenantId: clinic.tenant.id,
      reason: 'OPERATOR',
      message: 'Back at 10:00.',
    });
    const during = await get();
    expect(during.status).toBe(503);
    expect(during.headers.get('retry-after')).toBe('60');
    expect(during.body).toMatchObject({ error: { code: 'TENANT_MAINTENANCE', message: 'Back at 10:00.' } });
    const page = await unavailable(
      new Request(`${clinic.origin}/suspended`, { headers: { host: new URL(clinic.origin).host } }),
    );
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('Back at 10:00.');

    await expect(
      enterMaintenance(ownerDb, { tenantId: clinic.tenant.id, reason: 'RESTORE', exclusive: true }),
    ).rejects.toMatchObject({ code: 'MAINTENANCE_IN_PROGRESS' });
    // An operation's own exit leaves the operator's maintenance on.
    await leaveMaintenance(ownerDb, { tenantId: clinic.tenant.id, reason: 'RESTORE' });
    expect((await get()).status).toBe(503);

    await leaveMaintenance(ownerDb, { tenantId: clinic.tenant.id });
    expect((await get()).status).toBe(200);
  });
});
