import crypto from 'node:crypto';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import * as alerts from '@/app/api/owner/alerts/route';
import * as audit from '@/app/api/owner/audit/route';
import * as jobCancel from '@/app/api/owner/jobs/[id]/cancel/route';
import * as jobRetry from '@/app/api/owner/jobs/[id]/retry/route';
import * as jobs from '@/app/api/owner/jobs/route';
import * as billingExport from '@/app/api/owner/billing/export/route';
import * as billingRun from '@/app/api/owner/billing/run/route';
import * as billingSummary from '@/app/api/owner/billing/summary/route';
import * as invoicePayments from '@/app/api/owner/invoices/[id]/payments/route';
import * as invoicePdf from '@/app/api/owner/invoices/[id]/pdf/route';
import * as invoiceResend from '@/app/api/owner/invoices/[id]/resend/route';
import * as invoice from '@/app/api/owner/invoices/[id]/route';
import * as invoiceVoid from '@/app/api/owner/invoices/[id]/void/route';
import * as invoices from '@/app/api/owner/invoices/route';
import * as mail from '@/app/api/owner/outbox/[id]/route';
import * as outbox from '@/app/api/owner/outbox/route';
import * as login from '@/app/api/owner/auth/login/route';
import * as logout from '@/app/api/owner/auth/logout/route';
import * as me from '@/app/api/owner/auth/me/route';
import * as password from '@/app/api/owner/auth/password/route';
import * as health from '@/app/api/owner/health/route';
import * as plan from '@/app/api/owner/plans/[code]/route';
import * as plans from '@/app/api/owner/plans/route';
import * as server from '@/app/api/owner/servers/[id]/route';
import * as servers from '@/app/api/owner/servers/route';
import * as settings from '@/app/api/owner/settings/route';
import * as activate from '@/app/api/owner/tenants/[id]/activate/route';
import * as domain from '@/app/api/owner/tenants/[id]/domains/[domain]/route';
import * as domains from '@/app/api/owner/tenants/[id]/domains/route';
import * as maintenance from '@/app/api/owner/tenants/[id]/maintenance/route';
import * as move from '@/app/api/owner/tenants/[id]/move/route';
import * as tenantHealth from '@/app/api/owner/tenants/[id]/health/route';
import * as retry from '@/app/api/owner/tenants/[id]/retry/route';
import * as tenant from '@/app/api/owner/tenants/[id]/route';
import * as subscription from '@/app/api/owner/tenants/[id]/subscription/route';
import * as suspend from '@/app/api/owner/tenants/[id]/suspend/route';
import * as usage from '@/app/api/owner/tenants/[id]/usage/route';
import * as backups from '@/app/api/owner/tenants/[id]/backups/route';
import * as backup from '@/app/api/owner/tenants/[id]/backups/[backupId]/route';
import * as backupDownload from '@/app/api/owner/tenants/[id]/backups/[backupId]/download/route';
import * as restore from '@/app/api/owner/tenants/[id]/restore/route';
import * as tenants from '@/app/api/owner/tenants/route';
import { proxy } from '@/proxy';
import { callRoute } from '@tests/support/http';
import { createOwnerAccounts, ownerCall, ownerSignIn, type OwnerAccount } from '@tests/support/owner-auth';

type Handler = Parameters<typeof callRoute>[0];
type Row = {
  method: string;
  path: string;
  handler: Handler;
  params?: Record<string, string>;
  body?: unknown;
  supportMay?: boolean;
};

// An id that exists nowhere: authorised callers get 404 from reads, never 401/403.
const id = crypto.randomUUID();

/** Every owner route and method. The OpenAPI drift test checks this list is complete against the route files. */
const ROUTES: Row[] = [
  { method: 'GET', path: '/api/owner/auth/me', handler: me.GET, supportMay: true },
  { method: 'POST', path: '/api/owner/auth/logout', handler: logout.POST, supportMay: true },
  {
    method: 'POST',
    path: '/api/owner/auth/password',
    handler: password.POST,
    body: { currentPassword: 'x', newPassword: 'y' },
    supportMay: true,
  },
  { method: 'GET', path: '/api/owner/tenants', handler: tenants.GET, supportMay: true },
  { method: 'POST', path: '/api/owner/tenants', handler: tenants.POST, body: {} },
  { method: 'GET', path: `/api/owner/tenants/${id}`, handler: tenant.GET, params: { id }, supportMay: true },
  {
    method: 'PATCH',
    path: `/api/owner/tenants/${id}`,
    handler: tenant.PATCH,
    params: { id },
    body: { name: 'New name' },
  },
  {
    method: 'DELETE',
    path: `/api/owner/tenants/${id}`,
    handler: tenant.DELETE,
    params: { id },
    body: { confirm: 'x' },
  },
  { method: 'POST', path: `/api/owner/tenants/${id}/retry`, handler: retry.POST, params: { id } },
  {
    method: 'POST',
    path: `/api/owner/tenants/${id}/move`,
    handler: move.POST,
    params: { id },
    body: { serverId: id },
  },
  {
    method: 'GET',
    path: `/api/owner/tenants/${id}/move`,
    handler: move.GET,
    params: { id },
    supportMay: true,
  },
  { method: 'POST', path: `/api/owner/tenants/${id}/suspend`, handler: suspend.POST, params: { id } },
  { method: 'POST', path: `/api/owner/tenants/${id}/activate`, handler: activate.POST, params: { id } },
  {
    method: 'POST',
    path: `/api/owner/tenants/${id}/domains`,
    handler: domains.POST,
    params: { id },
    body: { domain: 'a.example.com' },
  },
  {
    method: 'DELETE',
    path: `/api/owner/tenants/${id}/domains/a.example.com`,
    handler: domain.DELETE,
    params: { id, domain: 'a.example.com' },
  },
  {
    method: 'GET',
    path: `/api/owner/tenants/${id}/subscription`,
    handler: subscription.GET,
    params: { id },
    supportMay: true,
  },
  {
    method: 'PUT',
    path: `/api/owner/tenants/${id}/subscription`,
    handler: subscription.PUT,
    params: { id },
    body: { planCode: 'basic' },
  },
  {
    method: 'GET',
    path: `/api/owner/tenants/${id}/usage`,
    handler: usage.GET,
    params: { id },
    supportMay: true,
  },
  {
    method: 'GET',
    path: `/api/owner/tenants/${id}/backups`,
    handler: backups.GET,
    params: { id },
    supportMay: true,
  },
  { method: 'POST', path: `/api/owner/tenants/${id}/backups`, handler: backups.POST, params: { id } },
  {
    method: 'GET',
    path: `/api/owner/tenants/${id}/backups/${id}`,
    handler: backup.GET,
    params: { id, backupId: id },
    supportMay: true,
  },
  {
    method: 'DELETE',
    path: `/api/owner/tenants/${id}/backups/${id}`,
    handler: backup.DELETE,
    params: { id, backupId: id },
  },
  // Backups hold every clinical record: SUPPORT may list them but not download them.
  {
    method: 'GET',
    path: `/api/owner/tenants/${id}/backups/${id}/download`,
    handler: backupDownload.GET,
    params: { id, backupId: id },
  },
  {
    method: 'POST',
    path: `/api/owner/tenants/${id}/restore`,
    handler: restore.POST,
    params: { id },
    body: { backupId: id },
  },
  { method: 'GET', path: '/api/owner/plans', handler: plans.GET, supportMay: true },
  { method: 'POST', path: '/api/owner/plans', handler: plans.POST, body: {} },
  {
    method: 'PATCH',
    path: '/api/owner/plans/basic',
    handler: plan.PATCH,
    params: { code: 'basic' },
    body: {},
  },
  { method: 'GET', path: '/api/owner/settings', handler: settings.GET, supportMay: true },
  { method: 'PUT', path: '/api/owner/settings', handler: settings.PUT, body: {} },
  { method: 'GET', path: '/api/owner/audit', handler: audit.GET, supportMay: true },
  {
    method: 'POST',
    path: `/api/owner/tenants/${id}/maintenance`,
    handler: maintenance.POST,
    params: { id },
    body: { enabled: true, message: 'Back soon.' },
  },
  { method: 'GET', path: '/api/owner/jobs', handler: jobs.GET, supportMay: true },
  { method: 'POST', path: `/api/owner/jobs/${id}/retry`, handler: jobRetry.POST, params: { id } },
  { method: 'POST', path: `/api/owner/jobs/${id}/cancel`, handler: jobCancel.POST, params: { id } },
  { method: 'GET', path: '/api/owner/servers', handler: servers.GET, supportMay: true },
  { method: 'POST', path: '/api/owner/servers', handler: servers.POST, body: {} },
  {
    method: 'PATCH',
    path: `/api/owner/servers/${id}`,
    handler: server.PATCH,
    params: { id },
    body: { capacity: 10 },
  },
  { method: 'GET', path: '/api/owner/health', handler: health.GET, supportMay: true },
  {
    method: 'GET',
    path: `/api/owner/tenants/${id}/health`,
    handler: tenantHealth.GET,
    params: { id },
    supportMay: true,
  },
  { method: 'GET', path: '/api/owner/alerts', handler: alerts.GET, supportMay: true },
  // Billing: SUPPORT reads; recording payments, voiding, resending and running billing are OWNER-only.
  { method: 'GET', path: '/api/owner/invoices', handler: invoices.GET, supportMay: true },
  {
    method: 'GET',
    path: `/api/owner/invoices/${id}`,
    handler: invoice.GET,
    params: { id },
    supportMay: true,
  },
  {
    method: 'GET',
    path: `/api/owner/invoices/${id}/payments`,
    handler: invoicePayments.GET,
    params: { id },
    supportMay: true,
  },
  {
    method: 'POST',
    path: `/api/owner/invoices/${id}/payments`,
    handler: invoicePayments.POST,
    params: { id },
    body: { amountMinor: 100, method: 'cash' },
  },
  {
    method: 'POST',
    path: `/api/owner/invoices/${id}/void`,
    handler: invoiceVoid.POST,
    params: { id },
    body: {},
  },
  { method: 'POST', path: `/api/owner/invoices/${id}/resend`, handler: invoiceResend.POST, params: { id } },
  {
    method: 'GET',
    path: `/api/owner/invoices/${id}/pdf`,
    handler: invoicePdf.GET,
    params: { id },
    supportMay: true,
  },
  { method: 'GET', path: '/api/owner/billing/summary', handler: billingSummary.GET, supportMay: true },
  // Scoped to a clinic that does not exist, so the matrix never bills another test's clinics.
  { method: 'POST', path: '/api/owner/billing/run', handler: billingRun.POST, body: { tenantIds: [id] } },
  {
    method: 'GET',
    path: '/api/owner/billing/export?from=2026-01-01&to=2026-01-31',
    handler: billingExport.GET,
    supportMay: true,
  },
  { method: 'GET', path: '/api/owner/outbox', handler: outbox.GET, supportMay: true },
  { method: 'GET', path: `/api/owner/outbox/${id}`, handler: mail.GET, params: { id }, supportMay: true },
];

let owner: OwnerAccount;
let support: OwnerAccount;

beforeAll(async () => {
  ({ owner, support } = await createOwnerAccounts('matrix'));
});

/** Logout ends the session it is called with: give it a session of its own. */
async function sessionFor(account: OwnerAccount, row: Row): Promise<string> {
  return row.handler === logout.POST ? ownerSignIn(account.email, account.password) : account.cookie;
}

function call(row: Row, options: { cookie?: string; origin?: string } = {}) {
  return ownerCall(row.handler, {
    method: row.method,
    path: row.path,
    params: row.params,
    body: row.body,
    cookie: options.cookie,
    origin: options.origin,
  });
}

describe('owner API auth matrix', () => {
  it.each(ROUTES.map((r) => [`${r.method} ${r.path.replace(id, ':id')}`, r] as const))(
    '%s: 401 without a session',
    async (_name, row) => {
      const res = await call(row);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHORIZED');
    },
  );

  it.each(ROUTES.map((r) => [`${r.method} ${r.path.replace(id, ':id')}`, r] as const))(
    '%s: SUPPORT allowed only to read',
    async (_name, row) => {
      const res = await call(row, { cookie: await sessionFor(support, row) });
      if (row.supportMay) expect([200, 400, 404]).toContain(res.status);
      else {
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
      }
    },
  );

  it.each(ROUTES.map((r) => [`${r.method} ${r.path.replace(id, ':id')}`, r] as const))(
    '%s: OWNER passes the auth checks',
    async (_name, row) => {
      const res = await call(row, { cookie: await sessionFor(owner, row) });
      expect([200, 400, 404]).toContain(res.status);
    },
  );

  it.each(
    [...ROUTES, { method: 'POST', path: '/api/owner/auth/login', handler: login.POST, body: {} }].map(
      (r) => [`${r.method} ${r.path.replace(id, ':id')}`, r] as const,
    ),
  )('%s: 404 on a tenant host, even with an owner session', async (_name, row) => {
    for (const origin of ['http://clinic.localhost:3000', 'http://vets.example.com']) {
      const res = await call(row, { cookie: owner.cookie, origin });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
  });

  it('the login route is public on the owner host (validation, not 401)', async () => {
    const res = await ownerCall(login.POST, { method: 'POST', path: '/api/owner/auth/login', body: {} });
    expect(res.status).toBe(400);
  });

  it('the proxy hides the owner console and API on tenant hosts before any route runs', async () => {
    for (const url of [
      'http://clinic.localhost:3000/api/owner/tenants',
      'http://clinic.localhost:3000/owner',
      'http://clinic.localhost:3000/owner/tenants',
    ]) {
      const res = proxy(new NextRequest(url, { headers: { host: new URL(url).host } }));
      expect(res.status, url).toBe(404);
    }
    const ownerHost = proxy(
      new NextRequest('http://localhost:3000/api/owner/tenants', { headers: { host: 'localhost:3000' } }),
    );
    expect(ownerHost.status).toBe(200);
  });
});
