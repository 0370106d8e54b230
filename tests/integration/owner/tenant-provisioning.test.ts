import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getAudit } from '@/app/api/owner/audit/route';
import { POST as retry } from '@/app/api/owner/tenants/[id]/retry/route';
import { POST as createTenantRoute } from '@/app/api/owner/tenants/route';
import { ownerDb } from '@/server/owner/db/client';
import { createTenant } from '@/server/owner/tenants/create-tenant';
import { AppError } from '@/server/shared/errors';
import { uniqueSlug } from '@tests/support/factories';
import { createOwnerAccounts, ownerCall, type OwnerAccount } from '@tests/support/owner-auth';

let owner: OwnerAccount;

beforeAll(async () => {
  ({ owner } = await createOwnerAccounts('provisioning'));
});

const admin = (slug: string) => ({
  email: `admin@${slug}.test`,
  name: 'Admin',
  password: 'admin-password-123',
});

function create(body: unknown) {
  return ownerCall(createTenantRoute, {
    method: 'POST',
    path: '/api/owner/tenants',
    cookie: owner.cookie,
    body,
  });
}

async function asAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.OWNER_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe('POST /api/owner/tenants validation and conflicts', () => {
  it('answers 400 with per-field details for invalid input', async () => {
    const res = await create({
      name: 'x',
      slug: 'Bad Slug',
      domains: ['not a domain'],
      admin: { email: 'nope', name: '', password: 'short' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(Object.keys(res.body.error.details.fields).sort()).toEqual([
      'admin.email',
      'admin.name',
      'admin.password',
      'domains.0',
      'name',
      'slug',
    ]);
  });

  it('refuses unknown keys, unknown plans, reserved slugs and slug-host domains', async () => {
    const slug = uniqueSlug('valid');
    expect((await create({ name: 'Valid', slug, admin: admin(slug), colour: 'red' })).status).toBe(400);
    const plan = await create({ name: 'Valid', slug, planCode: 'no-such-plan', admin: admin(slug) });
    expect(plan.status).toBe(400);
    expect(plan.body.error.details.fields.planCode).toEqual(['Unknown plan.']);
    expect(
      (await create({ name: 'Valid', slug: 'admin', admin: admin(slug) })).body.error.details.fields.slug,
    ).toEqual(['This slug is reserved.']);
    const shadow = await create({
      name: 'Valid',
      slug,
      domains: ['ok.example.com', 'someone-else.localhost'],
      admin: admin(slug),
    });
    expect(shadow.status).toBe(400);
    expect(Object.keys(shadow.body.error.details.fields)).toEqual(['domains.1']);
  });

  it('answers 409 when the slug or a domain is taken', async () => {
    const slug = uniqueSlug('taken');
    const domain = `${slug}.example.org`;
    expect((await create({ name: 'First', slug, domains: [domain], admin: admin(slug) })).status).toBe(201);
    const sameSlug = await create({ name: 'Second', slug, admin: admin(slug) });
    expect(sameSlug.status).toBe(409);
    expect(sameSlug.body.error.code).toBe('SLUG_TAKEN');
    const other = uniqueSlug('taken');
    const sameDomain = await create({
      name: 'Third',
      slug: other,
      domains: [domain.toUpperCase()],
      admin: admin(other),
    });
    expect(sameDomain.status).toBe(409);
    expect(sameDomain.body.error.code).toBe('DOMAIN_TAKEN');
  });
});

describe('provisioning failures', () => {
  it('leaves the tenant FAILED with an error naming it, and retry makes it ACTIVE', async () => {
    const slug = uniqueSlug('foreign');
    // A database of that name that SmartDMV did not create: provisioning must refuse to touch it.
    await asAdmin((c) => c.query(`create database "tenant_${slug}"`));
    const res = await create({ name: 'Foreign', slug, admin: admin(slug) });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('DATABASE_EXISTS');
    expect(res.body.error.details).toMatchObject({ status: 'FAILED' });
    const tenantId: string = res.body.error.details.tenantId;

    const stillFailing = await ownerCall(retry, {
      method: 'POST',
      path: `/api/owner/tenants/${tenantId}/retry`,
      params: { id: tenantId },
      cookie: owner.cookie,
    });
    expect(stillFailing.status).toBe(409);

    await asAdmin((c) => c.query(`drop database "tenant_${slug}"`));
    const retried = await ownerCall(retry, {
      method: 'POST',
      path: `/api/owner/tenants/${tenantId}/retry`,
      params: { id: tenantId },
      cookie: owner.cookie,
    });
    expect(retried.status).toBe(200);
    expect(retried.body.data).toMatchObject({ id: tenantId, status: 'ACTIVE', lastError: null });

    const notFailed = await ownerCall(retry, {
      method: 'POST',
      path: `/api/owner/tenants/${tenantId}/retry`,
      params: { id: tenantId },
      cookie: owner.cookie,
    });
    expect(notFailed.status).toBe(409);
    expect(notFailed.body.error.code).toBe('INVALID_STATE');

    const audit = await ownerCall(getAudit, {
      path: `/api/owner/audit?target=${tenantId}`,
      cookie: owner.cookie,
    });
    expect(
      audit.body.data
        .map(
          (e: { action: string; details: { outcome?: string } }) =>
            `${e.action}:${e.details.outcome ?? 'ACTIVE'}`,
        )
        .reverse(),
    ).toEqual(['tenant.create:FAILED', 'tenant.retry:FAILED', 'tenant.retry:ACTIVE']);
  });

  it('rolls back a failure in a late step and retries cleanly', async () => {
    const slug = uniqueSlug('late');
    const context = {
      actor: { id: owner.id, email: owner.email },
      meta: { ipAddress: '10.0.0.1', userAgent: 'test' },
    };
    const error = await createTenant(ownerDb, {
      input: { name: 'Late Failure', slug, admin: admin(slug) },
      context,
      hooks: {
        beforeStep: (step) => {
          if (step === 'seed-admin') throw new Error('disk full');
        },
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.status).toBe(500);
    expect(appError.message).toContain('disk full');
    const tenantId = (appError.details as { tenantId: string }).tenantId;
    expect(
      await asAdmin(
        async (c) =>
          (await c.query('select 1 from pg_database where datname = $1', [`tenant_${slug}`])).rowCount,
      ),
    ).toBe(0);

    const retried = await ownerCall(retry, {
      method: 'POST',
      path: `/api/owner/tenants/${tenantId}/retry`,
      params: { id: tenantId },
      cookie: owner.cookie,
    });
    expect(retried.status).toBe(200);
    expect(retried.body.data.status).toBe('ACTIVE');
  });
});
