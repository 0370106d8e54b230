import { describe, expect, it } from 'vitest';
import { POST as addDomain } from '@/app/api/owner/tenants/[id]/domains/route';
import { POST as createPrescriptionRoute } from '@/app/api/prescriptions/route';
import { POST as createItemRoute } from '@/app/api/inventory/route';
import { POST as createPlanRoute } from '@/app/api/owner/plans/route';
import { callRoute } from '@tests/support/http';
import { createOwnerAccounts, ownerCall } from '@tests/support/owner-auth';
import { SAMPLES, upload, uploadForm } from '@tests/support/pharmacy-files';
import {
  adminCookie,
  createItem,
  createPatient,
  createStaff,
  firstPracticeId,
} from '@tests/support/pharmacy-fixtures';
import { createTestTenant } from '@tests/support/tenants';

const NO_LIMITS = { maxUsers: null, maxPractices: null, maxPatients: null, maxStorageBytes: null };

describe('plan features are enforced where they are used', () => {
  it('a clinic on Basic (no custom-domain) cannot be given a custom domain: 403 PLAN_FEATURE_UNAVAILABLE, and none is added', async () => {
    const { owner } = await createOwnerAccounts('plan-features');
    const basic = await createTestTenant('feat-basic', 'basic');
    const pro = await createTestTenant('feat-pro', 'professional');
    const add = (tenantId: string, domain: string) =>
      ownerCall(addDomain, {
        method: 'POST',
        path: `/api/owner/tenants/${tenantId}/domains`,
        params: { id: tenantId },
        cookie: owner.cookie,
        body: { domain },
      });

    const refused = await add(basic.tenant.id, `${basic.slug}.example.org`);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: 'PLAN_FEATURE_UNAVAILABLE',
      details: { feature: 'custom-domain', plan: 'basic' },
    });
    expect(refused.body.error.message).toBe(
      'The Basic plan does not include custom domains. Move the clinic to a plan with "custom-domain" first (Subscription tab).',
    );
    // The refused domain is not routed anywhere: adding it to a plan that allows it works.
    expect((await add(pro.tenant.id, `${basic.slug}.example.org`)).status).toBe(201);
  });

  it('Basic has no prescriptions and no medical imaging: prescribing and uploading a DICOM image are refused, other uploads work', async () => {
    const t = await createTestTenant('feat-rx', 'basic');
    const practiceId = await firstPracticeId(t);
    const admin = await adminCookie(t);
    const vet = await createStaff(t, 'VETERINARIAN');
    const patient = await createPatient(t, practiceId);
    // Inventory is on Basic.
    const item = await createItem(t, admin, { category: 'MEDICATION', unit: 'tablet', openingQuantity: 10 });

    const rx = await callRoute(createPrescriptionRoute, {
      method: 'POST',
      url: `${t.origin}/api/prescriptions`,
      cookie: vet.cookie,
      body: {
        patientId: patient.id,
        inventoryItemId: item.id,
        dose: '1 tablet',
        frequency: 'daily',
        quantity: 5,
      },
    });
    expect(rx.status).toBe(403);
    expect(rx.body.error).toMatchObject({
      code: 'PLAN_FEATURE_UNAVAILABLE',
      details: { feature: 'prescriptions' },
    });
    expect(rx.body.error.message).toContain('The Basic plan does not include prescriptions.');

    const dicom = await upload(t, admin, uploadForm(SAMPLES.dicom, 'scan.dcm'));
    expect(dicom.status).toBe(403);
    expect(dicom.body.error).toMatchObject({
      code: 'PLAN_FEATURE_UNAVAILABLE',
      details: { feature: 'medical-imaging' },
    });
    expect((await upload(t, admin, uploadForm(SAMPLES.pdf, 'lab.pdf'))).status).toBe(201);
  });

  it('a plan without inventory refuses new stock items; plans accept only features the app checks', async () => {
    const { owner } = await createOwnerAccounts('plan-features-2');
    const code = `feat-${Date.now().toString(36)}`;
    const bad = await ownerCall(createPlanRoute, {
      method: 'POST',
      path: '/api/owner/plans',
      cookie: owner.cookie,
      body: { code: `${code}x`, name: 'Typo', priceMinor: 0, limits: NO_LIMITS, features: ['inventroy'] },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error)).toContain('not a feature SmartDMV knows');

    const made = await ownerCall(createPlanRoute, {
      method: 'POST',
      path: '/api/owner/plans',
      cookie: owner.cookie,
      body: { code, name: 'Calendar only', priceMinor: 0, limits: NO_LIMITS, features: ['appointments'] },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const t = await createTestTenant('feat-inv', code);
    const res = await callRoute(createItemRoute, {
      method: 'POST',
      url: `${t.origin}/api/inventory`,
      cookie: await adminCookie(t),
      body: { sku: 'GAUZE-1', name: 'Gauze' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: 'PLAN_FEATURE_UNAVAILABLE',
      details: { feature: 'inventory' },
    });
  });
});
