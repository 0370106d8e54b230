import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as tenantMe } from '@/app/api/auth/me/route';
import { GET as getAudit } from '@/app/api/owner/audit/route';
import { POST as activate } from '@/app/api/owner/tenants/[id]/activate/route';
import {
  DELETE as deleteTenant,
  GET as getTenant,
  PATCH as patchTenant,
} from '@/app/api/owner/tenants/[id]/route';
import { POST as suspend } from '@/app/api/owner/tenants/[id]/suspend/route';
import { GET as listTenants, POST as createTenant } from '@/app/api/owner/tenants/route';
import { ownerDb } from '@/server/owner/db/client';
import { ownerAuditLog } from '@/server/owner/db/schema';
import { tenantDetailSchema, tenantSummarySchema } from '@/server/owner/tenants/tenant.schema';
import { uniqueSlug } from '@tests/support/factories';
import { callRoute } from '@tests/support/http';
import { createOwnerAccounts, ownerCall, type OwnerAccount } from '@tests/support/owner-auth';

let owner: OwnerAccount;

beforeAll(async () => {
  ({ owner } = await createOwnerAccounts('lifecycle'));
});

/** Polls the tenant host until it answers `status`; returns how long that took. */
async function waitForTenantHost(
  origin: string,
  status: number,
  timeoutMs = 2000,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are untyped JSON
): Promise<{ ms: number; body: any }> {
  const started = Date.now();
  for (;;) {
    const res = await callRoute(tenantMe, { url: `${origin}/api/auth/me` });
    if (res.status === status) return { ms: Date.now() - started, body: res.body };
    if (Date.now() - started > timeoutMs)
      throw new Error(`${origin} still answers ${res.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: process.env.OWNER_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

describe('tenant lifecycle through the owner API', () => {
  it('creates, lists, edits, suspends, activates and deletes a tenant, auditing every step', async () => {
    const slug = uniqueSlug('life');
    const origin = `http://${slug}.localhost:3000`;
    const started = Date.now();
    const created = await ownerCall(createTenant, {
      method: 'POST',
      path: '/api/owner/tenants',
      cookie: owner.cookie,
      body: {
        name: 'Lifecycle Vets',
        slug,
        planCode: 'professional',
        domains: [`Vets-${slug}.Example.COM`],
        admin: { email: `boss@${slug}.test`, name: 'Boss', password: 'boss-password-123' },
      },
    });
    const createMs = Date.now() - started;
    expect(created.status).toBe(201);
    const tenant = tenantDetailSchema.parse(created.body.data);
    expect(tenant).toMatchObject({
      slug,
      status: 'ACTIVE',
      planCode: 'professional',
      primaryDomain: `vets-${slug}.example.com`,
    });
    expect(tenant.siteUrl).toBe(`http://${slug}.localhost:3000`);
    expect(JSON.stringify(created.body)).not.toMatch(/dbPasswordEncrypted|pendingAdmin|passwordHash/);
    expect(createMs).toBeLessThan(5000);

    // Served on its slug host right away (401: no session, but the clinic exists).
    await waitForTenantHost(origin, 401);

    const bySlug = await ownerCall(listTenants, {
      path: `/api/owner/tenants?q=${slug}`,
      cookie: owner.cookie,
    });
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data.map((t: { id: string }) => t.id)).toEqual([tenant.id]);
    tenantSummarySchema.parse(bySlug.body.data[0]);
    const byDomain = await ownerCall(listTenants, {
      path: `/api/owner/tenants?q=VETS-${slug}.example`,
      cookie: owner.cookie,
    });
    expect(byDomain.body.data.map((t: { id: string }) => t.id)).toEqual([tenant.id]);
    const wrongPlan = await ownerCall(listTenants, {
      path: `/api/owner/tenants?q=${slug}&plan=basic`,
      cookie: owner.cookie,
    });
    expect(wrongPlan.body.data).toEqual([]);

    const patched = await ownerCall(patchTenant, {
      method: 'PATCH',
      path: `/api/owner/tenants/${tenant.id}`,
      params: { id: tenant.id },
      cookie: owner.cookie,
      body: {
        name: 'Lifecycle Veterinary',
        branding: {
          displayName: 'Lifecycle',
          primaryColor: '#1D4ED8',
          logoUrl: 'https://cdn.example.com/logo.png',
        },
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toMatchObject({
      name: 'Lifecycle Veterinary',
      branding: { displayName: 'Lifecycle', primaryColor: '#1d4ed8' },
    });
    const cleared = await ownerCall(patchTenant, {
      method: 'PATCH',
      path: `/api/owner/tenants/${tenant.id}`,
      params: { id: tenant.id },
      cookie: owner.cookie,
      body: { branding: { logoUrl: null } },
    });
    expect(cleared.body.data.branding).toEqual({ displayName: 'Lifecycle', primaryColor: '#1d4ed8' });

    const suspended = await ownerCall(suspend, {
      method: 'POST',
      path: `/api/owner/tenants/${tenant.id}/suspend`,
      params: { id: tenant.id },
      cookie: owner.cookie,
    });
    expect(suspended.status).toBe(200);
    expect(suspended.body.data.status).toBe('SUSPENDED');
    const refused = await waitForTenantHost(origin, 403);
    expect(refused.body.error.code).toBe('TENANT_SUSPENDED');
    expect(refused.ms).toBeLessThan(2000);
    const again = await ownerCall(suspend, {
      method: 'POST',
      path: `/api/owner/tenants/${tenant.id}/suspend`,
      params: { id: tenant.id },
      cookie: owner.cookie,
    });
    expect(again.status).toBe(409);

    const activated = await ownerCall(activate, {
      method: 'POST',
      path: `/api/owner/tenants/${tenant.id}/activate`,
      params: { id: tenant.id },
      cookie: owner.cookie,
    });
    expect(activated.body.data.status).toBe('ACTIVE');
    expect((await waitForTenantHost(origin, 401)).ms).toBeLessThan(2000);

    const mismatch = await ownerCall(deleteTenant, {
      method: 'DELETE',
      path: `/api/owner/tenants/${tenant.id}`,
      params: { id: tenant.id },
      cookie: owner.cookie,
      body: { confirm: 'not-the-slug' },
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.details.fields.confirm).toHaveLength(1);
    expect(await databaseExists(`tenant_${slug}`)).toBe(true);

    const deleted = await ownerCall(deleteTenant, {
      method: 'DELETE',
      path: `/api/owner/tenants/${tenant.id}`,
      params: { id: tenant.id },
      cookie: owner.cookie,
      body: { confirm: slug },
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toMatchObject({ status: 'DELETED', domains: [] });
    expect(await databaseExists(`tenant_${slug}`)).toBe(false);
    expect(fs.existsSync(path.join(process.env.STORAGE_ROOT!, 'tenants', slug))).toBe(false);
    expect(fs.existsSync(deleted.body.data.storagePath)).toBe(true);
    expect((await waitForTenantHost(origin, 404)).body.error.code).toBe('TENANT_NOT_FOUND');

    // The row stays for the audit trail: readable, hidden from the default list, shown with status=DELETED.
    expect(
      (
        await ownerCall(getTenant, {
          path: `/api/owner/tenants/${tenant.id}`,
          params: { id: tenant.id },
          cookie: owner.cookie,
        })
      ).body.data.status,
    ).toBe('DELETED');
    expect(
      (await ownerCall(listTenants, { path: `/api/owner/tenants?q=${slug}`, cookie: owner.cookie })).body
        .data,
    ).toEqual([]);
    expect(
      (
        await ownerCall(listTenants, {
          path: `/api/owner/tenants?q=${slug}&status=DELETED`,
          cookie: owner.cookie,
        })
      ).body.data,
    ).toHaveLength(1);

    const audit = await ownerCall(getAudit, {
      path: `/api/owner/audit?target=${tenant.id}&limit=50`,
      cookie: owner.cookie,
    });
    const actions = audit.body.data.map((e: { action: string }) => e.action).reverse();
    expect(actions).toEqual([
      'tenant.create',
      'tenant.update',
      'tenant.update',
      'tenant.suspend',
      'tenant.activate',
      'tenant.delete',
    ]);
    expect(audit.body.data.every((e: { actorEmail: string }) => e.actorEmail === owner.email)).toBe(true);
    const [deletion] = await ownerDb
      .select()
      .from(ownerAuditLog)
      .where(and(eq(ownerAuditLog.targetId, tenant.id), eq(ownerAuditLog.action, 'tenant.delete')));
    expect(deletion?.details).toMatchObject({ slug, releasedDomains: [`vets-${slug}.example.com`] });
  });

  it('reaches another process within 2 s: a status change written elsewhere is seen through NOTIFY', async () => {
    const slug = uniqueSlug('notify');
    const created = await ownerCall(createTenant, {
      method: 'POST',
      path: '/api/owner/tenants',
      cookie: owner.cookie,
      body: {
        name: 'Notify Vets',
        slug,
        admin: { email: `a@${slug}.test`, name: 'A', password: 'admin-password-123' },
      },
    });
    const origin = `http://${slug}.localhost:3000`;
    await waitForTenantHost(origin, 401);
    // Written on a separate connection, as another app process would: no in-process cache invalidation.
    const other = new pg.Client({ connectionString: process.env.OWNER_DATABASE_URL });
    await other.connect();
    try {
      await other.query("update tenants set status = 'SUSPENDED' where id = $1", [created.body.data.id]);
      expect((await waitForTenantHost(origin, 403)).ms).toBeLessThan(2000);
      await other.query("update tenants set status = 'ACTIVE' where id = $1", [created.body.data.id]);
      expect((await waitForTenantHost(origin, 401)).ms).toBeLessThan(2000);
    } finally {
      await other.end();
    }
  });

  it('pages through tenants newest first with a stable cursor', async () => {
    const prefix = uniqueSlug('page');
    for (let i = 0; i < 3; i++) {
      const res = await ownerCall(createTenant, {
        method: 'POST',
        path: '/api/owner/tenants',
        cookie: owner.cookie,
        body: {
          name: `Paging ${i}`,
          slug: `${prefix}-${i}`,
          admin: { email: `a@${prefix}-${i}.test`, name: 'A', password: 'admin-password-123' },
        },
      });
      expect(res.status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/api/owner/tenants?q=${prefix}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await ownerCall(listTenants, { path: query, cookie: owner.cookie });
      expect(res.status).toBe(200);
      seen.push(...res.body.data.map((t: { slug: string }) => t.slug));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([`${prefix}-2`, `${prefix}-1`, `${prefix}-0`]);
    const bad = await ownerCall(listTenants, {
      path: '/api/owner/tenants?cursor=garbage',
      cookie: owner.cookie,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('INVALID_CURSOR');
  });
});
