import { describe, expect, it } from 'vitest';
import { GET as getAudit } from '@/app/api/owner/audit/route';
import { PATCH as patchTenant } from '@/app/api/owner/tenants/[id]/route';
import { createOwnerAccounts, ownerCall } from '@tests/support/owner-auth';
import { createTestTenant } from '@tests/support/tenants';

describe('branding saves', () => {
  it('records a change only when something changed: saving the same name and branding again audits nothing', async () => {
    const { owner } = await createOwnerAccounts('branding-noop');
    const t = await createTestTenant('brand-noop');
    const patch = (body: unknown) =>
      ownerCall(patchTenant, {
        method: 'PATCH',
        path: `/api/owner/tenants/${t.tenant.id}`,
        params: { id: t.tenant.id },
        cookie: owner.cookie,
        body,
      });
    const audits = async () =>
      (
        await ownerCall(getAudit, {
          path: `/api/owner/audit?action=tenant.update&actor=${owner.email}&limit=50`,
          cookie: owner.cookie,
        })
      ).body.data.filter((e: { targetId: string }) => e.targetId === t.tenant.id);

    const body = { name: 'Brand New Name', branding: { displayName: 'Brand New', primaryColor: '#1d4ed8' } };
    expect((await patch(body)).status).toBe(200);
    expect(await audits()).toHaveLength(1);
    expect((await patch(body)).status).toBe(200);
    expect((await patch({ name: 'Brand New Name' })).status).toBe(200);
    expect(await audits()).toHaveLength(1);

    expect((await patch({ name: 'Renamed' })).status).toBe(200);
    const [latest] = await audits();
    expect(latest.details.changes).toEqual({ name: { from: 'Brand New Name', to: 'Renamed' } });
  });
});
