import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { POST as login } from '@/app/api/auth/login/route';
import { GET as me } from '@/app/api/auth/me/route';
import { GET as getClient, PATCH as patchClient } from '@/app/api/clients/[id]/route';
import { GET as ownerMe } from '@/app/api/owner/auth/me/route';
import { GET as getPatient, PATCH as patchPatient } from '@/app/api/patients/[id]/route';
import { GET as listPatients } from '@/app/api/patients/route';
import { GET as getPractice } from '@/app/api/practices/[id]/route';
import { GET as getUser } from '@/app/api/users/[id]/route';
import { ownerDb } from '@/server/owner/db/client';
import { tenantDomains } from '@/server/owner/db/schema';
import { callRoute, cookieFrom } from '@tests/support/http';
import { createOwnerAccount, OWNER_ORIGIN } from '@tests/support/owner-auth';
import {
  adminCaller,
  caller,
  createClient,
  createPatient,
  firstPracticeId,
  type Row,
} from '@tests/support/tenant-people-api';
import { createTestTenant, type TestTenant } from '@tests/support/tenants';

/** A tenant with an admin session, a practice, a client and a patient. */
async function populatedTenant(prefix: string) {
  const t = await createTestTenant(prefix);
  const admin = await adminCaller(t);
  const practiceId = await firstPracticeId(admin);
  const client = await createClient(admin, practiceId, { name: `${prefix} owner` });
  const patient = await createPatient(admin, client.id, { name: `${prefix} pet` });
  const userId: string = (await admin.get(me, '/api/auth/me')).body.data.user.id;
  return { t, admin, ids: { practiceId, clientId: client.id, patientId: patient.id, userId } };
}

function spoofHeaders(a: TestTenant) {
  return {
    'x-tenant-id': a.tenant.id,
    'x-tenant-identifier': a.slug,
    'x-forwarded-host': new URL(a.origin).host,
  };
}

describe('tenant isolation', () => {
  it("rejects tenant A's session on tenant B's host", async () => {
    const a = await populatedTenant('iso-sess-a');
    const b = await populatedTenant('iso-sess-b');
    const stolen = caller(b.t.origin, a.admin.cookie);
    expect((await stolen.get(me, '/api/auth/me')).status).toBe(401);
    expect((await stolen.get(listPatients, '/api/patients')).status).toBe(401);
    expect(
      (await stolen.get(getPatient, `/api/patients/${a.ids.patientId}`, { id: a.ids.patientId })).status,
    ).toBe(401);
  });

  it("answers 404 on B's host for every record id of A, reads and writes alike", async () => {
    const a = await populatedTenant('iso-ids-a');
    const b = await populatedTenant('iso-ids-b');
    const api = b.admin;
    const probes = [
      await api.get(getPatient, `/api/patients/${a.ids.patientId}`, { id: a.ids.patientId }),
      await api.patch(
        patchPatient,
        `/api/patients/${a.ids.patientId}`,
        { name: 'Stolen' },
        { id: a.ids.patientId },
      ),
      await api.get(getClient, `/api/clients/${a.ids.clientId}`, { id: a.ids.clientId }),
      await api.patch(
        patchClient,
        `/api/clients/${a.ids.clientId}`,
        { name: 'Stolen' },
        { id: a.ids.clientId },
      ),
      await api.get(getUser, `/api/users/${a.ids.userId}`, { id: a.ids.userId }),
      await api.get(getPractice, `/api/practices/${a.ids.practiceId}`, { id: a.ids.practiceId }),
    ];
    expect(probes.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
    // The records are intact on their own host.
    expect(
      (await a.admin.get(getPatient, `/api/patients/${a.ids.patientId}`, { id: a.ids.patientId })).body.data
        .name,
    ).toBe('iso-ids-a pet');
  });

  it('ignores client-sent tenant headers: only the Host header chooses the tenant', async () => {
    const a = await populatedTenant('iso-spoof-a');
    const b = await populatedTenant('iso-spoof-b');
    const headers = spoofHeaders(a.t);
    // A's session with B's host and headers naming A: still B, so A's session is unknown there.
    const withA = await callRoute(me, { url: `${b.t.origin}/api/auth/me`, cookie: a.admin.cookie, headers });
    expect(withA.status).toBe(401);
    // B's own session with the same headers sees B's data, never A's.
    const listed = await callRoute(listPatients, {
      url: `${b.t.origin}/api/patients`,
      cookie: b.admin.cookie,
      headers,
    });
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((p: Row) => p.id)).toEqual([b.ids.patientId]);
    const probe = await callRoute(getPatient, {
      url: `${b.t.origin}/api/patients/${a.ids.patientId}`,
      cookie: b.admin.cookie,
      headers,
      params: { id: a.ids.patientId },
    });
    expect(probe.status).toBe(404);
    // Signing in on B's host with A's credentials and headers naming A does not reach A's user table.
    const signIn = await callRoute(login, {
      method: 'POST',
      url: `${b.t.origin}/api/auth/login`,
      headers,
      body: { email: a.t.admin.email, password: a.t.admin.password },
    });
    expect(signIn.status).toBe(401);
  });

  it('answers 404 TENANT_NOT_FOUND for an unknown host, whatever the headers say', async () => {
    const a = await populatedTenant('iso-unknown');
    const res = await callRoute(me, {
      url: 'http://no-such-clinic.localhost:3000/api/auth/me',
      cookie: a.admin.cookie,
      headers: spoofHeaders(a.t),
    });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('TENANT_NOT_FOUND');
    const foreign = await callRoute(me, {
      url: 'http://clinic.elsewhere.test/api/auth/me',
      headers: spoofHeaders(a.t),
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('TENANT_NOT_FOUND');
  });

  it('keeps the owner API unreachable on tenant hosts, even with an owner session', async () => {
    const t = await createTestTenant('iso-owner');
    const owner = await createOwnerAccount('iso', 'OWNER');
    const onOwnerHost = await callRoute(ownerMe, {
      url: `${OWNER_ORIGIN}/api/owner/auth/me`,
      cookie: owner.cookie,
    });
    expect(onOwnerHost.status).toBe(200);
    const onTenantHost = await callRoute(ownerMe, {
      url: `${t.origin}/api/owner/auth/me`,
      cookie: owner.cookie,
    });
    expect(onTenantHost.status).toBe(404);
    const spoofed = await callRoute(ownerMe, {
      url: `${t.origin}/api/owner/auth/me`,
      cookie: owner.cookie,
      headers: { 'x-forwarded-host': new URL(OWNER_ORIGIN).host },
    });
    expect(spoofed.status).toBe(404);
  });

  it('serves a tenant on a custom domain mapped to it', async () => {
    const a = await populatedTenant('iso-domain');
    const domain = `vets-${crypto.randomBytes(4).toString('hex')}.example.test`;
    await ownerDb.insert(tenantDomains).values({ tenantId: a.t.tenant.id, domain, verifiedAt: new Date() });
    const origin = `http://${domain.toUpperCase()}:8080`;
    const res = await callRoute(login, {
      method: 'POST',
      url: `${origin}/api/auth/login`,
      body: { email: a.t.admin.email, password: a.t.admin.password },
    });
    expect(res.status).toBe(200);
    const listed = await caller(origin, cookieFrom(res.setCookie)).get(listPatients, '/api/patients');
    expect(listed.body.data.map((p: Row) => p.id)).toEqual([a.ids.patientId]);
  });
});
