import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { GET as listAppointments, POST as bookAppointment } from '@/app/api/appointments/route';
import { GET as listClients, POST as createClient } from '@/app/api/clients/route';
import { GET as listFiles } from '@/app/api/files/route';
import { GET as listMovements } from '@/app/api/inventory/[id]/movements/route';
import { POST as receiveStock } from '@/app/api/inventory/[id]/receive/route';
import { GET as controlledLog } from '@/app/api/inventory/controlled-log/route';
import { GET as expiringStock } from '@/app/api/inventory/expiring/route';
import { GET as lowStock } from '@/app/api/inventory/low-stock/route';
import { GET as listInventory } from '@/app/api/inventory/route';
import { GET as recordHistory } from '@/app/api/medical-records/[id]/history/route';
import { GET as listRecords, POST as createRecord } from '@/app/api/medical-records/route';
import { GET as listAudit } from '@/app/api/owner/audit/route';
import { GET as listOwnerTenants, POST as createOwnerTenant } from '@/app/api/owner/tenants/route';
import { GET as timeline } from '@/app/api/patients/[id]/timeline/route';
import { GET as listWeights } from '@/app/api/patients/[id]/weights/route';
import { GET as listPatients, POST as createPatient } from '@/app/api/patients/route';
import { GET as listPractices } from '@/app/api/practices/route';
import { GET as listPrescriptions, POST as prescribe } from '@/app/api/prescriptions/route';
import { GET as listUsers } from '@/app/api/users/route';
import { resetEnvForTests } from '@/env';
import { callRoute } from '@tests/support/http';
import { createOwnerAccount, ownerCall } from '@tests/support/owner-auth';
import { SAMPLES, upload, uploadForm } from '@tests/support/pharmacy-files';
import { createItem, createPharmacyTenant, tenantDb } from '@tests/support/pharmacy-fixtures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- error bodies are read back as untyped JSON
type Probe = { status: number; body: any };

/** Issue 8, points 1–5: bad input is a 4xx with a field error or INVALID_CURSOR, never a 500. */

const cursor = (k: unknown) =>
  Buffer.from(JSON.stringify({ k, id: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
// JSON.stringify cannot write 1e300 or 2^53 as the raw numbers a forger would; build those bytes by hand.
const rawCursor = (k: string) =>
  Buffer.from(`{"k":${k},"id":"00000000-0000-4000-8000-000000000000"}`).toString('base64url');

async function clinic() {
  const f = await createPharmacyTenant('bad-input');
  const item = await createItem(f.t, f.admin, { practiceId: f.practiceId });
  const record = await callRoute(createRecord, {
    method: 'POST',
    url: `${f.t.origin}/api/medical-records`,
    cookie: f.vet.cookie,
    body: { patientId: f.patient.id, subjective: 'Limping' },
  });
  expect(record.status).toBe(201);
  return { ...f, item, recordId: record.body.data.id as string };
}

describe('bad input', () => {
  afterEach(() => {
    delete process.env.MAX_UPLOAD_BYTES;
    resetEnvForTests();
  });

  it('refuses a NUL character in any body text field or query filter with 400 and a field error', async () => {
    const { t, admin, practiceId, vet, patient } = await clinic();
    const client = await callRoute(createClient, {
      method: 'POST',
      url: `${t.origin}/api/clients`,
      cookie: admin,
      body: { practiceId, name: 'Ada\u0000Lovelace' },
    });
    expect(client.status).toBe(400);
    expect(client.body.error.code).toBe('VALIDATION_ERROR');
    expect(client.body.error.details.fields.name).toBeDefined();

    const soap = await callRoute(createRecord, {
      method: 'POST',
      url: `${t.origin}/api/medical-records`,
      cookie: vet.cookie,
      body: { patientId: patient.id, diagnoses: [{ description: 'Otitis\u0000' }] },
    });
    expect(soap.status).toBe(400);
    expect(soap.body.error.details.fields['diagnoses.0.description']).toBeDefined();

    for (const [handler, path] of [
      [listPatients, '/api/patients?q=%00'],
      [listClients, '/api/clients?q=a%00b'],
      [listInventory, '/api/inventory?q=%00'],
    ] as const) {
      const res = await callRoute(handler, { url: `${t.origin}${path}`, cookie: admin });
      expect({ path, status: res.status, code: res.body.error?.code }).toEqual({
        path,
        status: 400,
        code: 'VALIDATION_ERROR',
      });
    }

    const owner = await createOwnerAccount('bad-input', 'OWNER');
    for (const path of ['/api/owner/audit?actor=%00', '/api/owner/tenants?q=%00']) {
      const handler = path.startsWith('/api/owner/audit') ? listAudit : listOwnerTenants;
      const res = await ownerCall(handler, { path, cookie: owner.cookie });
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
    }
    const tenant = await ownerCall(createOwnerTenant, {
      method: 'POST',
      path: '/api/owner/tenants',
      cookie: owner.cookie,
      body: {
        name: 'Nul\u0000 Clinic',
        slug: 'nul-clinic',
        admin: { email: 'a@nul.test', name: 'A', password: 'admin-password-123' },
      },
    });
    expect(tenant.status).toBe(400);
  });

  it('refuses dates outside 1900–2200 instead of overflowing in PostgreSQL', async () => {
    const { t, admin, practiceId, vet, patient } = await clinic();
    const far = await callRoute(listAppointments, {
      url: `${t.origin}/api/appointments?from=0000-01-01T00:00:00Z`,
      cookie: admin,
    });
    expect(far.status).toBe(400);
    const born = await callRoute(createPatient, {
      method: 'POST',
      url: `${t.origin}/api/patients`,
      cookie: admin,
      body: { clientId: patient.clientId, name: 'Rex', species: 'Dog', dateOfBirth: '0000-01-01' },
    });
    expect(born.status).toBe(400);
    expect(born.body.error.details.fields.dateOfBirth).toBeDefined();
    const late = await callRoute(bookAppointment, {
      method: 'POST',
      url: `${t.origin}/api/appointments`,
      cookie: admin,
      body: {
        practiceId,
        patientId: patient.id,
        veterinarianId: vet.id,
        startsAt: '9999-12-31T23:59:59.999Z',
        durationMinutes: 30,
      },
    });
    expect(late.status).toBe(400);
    expect(late.body.error.details.fields.startsAt).toBeDefined();
    const owner = await createOwnerAccount('bad-dates', 'OWNER');
    const audit = await ownerCall(listAudit, {
      path: '/api/owner/audit?since=10000-01-01T00:00:00Z',
      cookie: owner.cookie,
    });
    expect(audit.status).toBe(400);
  });

  it('answers 400 INVALID_CURSOR for a forged cursor key of the wrong type or range on every list', async () => {
    const { t, admin, vet, patient, item, recordId } = await clinic();
    const owner = await createOwnerAccount('bad-cursor', 'OWNER');
    const badTime = cursor('2026-13-45T25:61:61.000000Z');
    const lists: Array<[string, (c: string) => Promise<Probe>]> = [
      ...(
        [
          [listAppointments, '/api/appointments', badTime],
          [listFiles, '/api/files', badTime],
          [listRecords, '/api/medical-records', badTime],
          [listPrescriptions, '/api/prescriptions', badTime],
          [controlledLog, '/api/inventory/controlled-log', badTime],
          [expiringStock, '/api/inventory/expiring', cursor('0000-01-01')],
          [listClients, '/api/clients', cursor('a\u0000')],
          [listPatients, '/api/patients', cursor('a\u0000')],
          [listPractices, '/api/practices', cursor('a\u0000')],
          [listUsers, '/api/users', cursor('a\u0000')],
          [listInventory, '/api/inventory', cursor('a\u0000')],
          [lowStock, '/api/inventory/low-stock', cursor('a\u0000')],
        ] as const
      ).map(
        ([handler, path, c]) =>
          [path, () => callRoute(handler, { url: `${t.origin}${path}?cursor=${c}`, cookie: vet.cookie })] as [
            string,
            () => Promise<Probe>,
          ],
      ),
      [
        'timeline',
        () =>
          callRoute(timeline, {
            url: `${t.origin}/api/patients/${patient.id}/timeline?cursor=${badTime}`,
            cookie: vet.cookie,
            params: { id: patient.id },
          }),
      ],
      [
        'weights',
        () =>
          callRoute(listWeights, {
            url: `${t.origin}/api/patients/${patient.id}/weights?cursor=${badTime}`,
            cookie: vet.cookie,
            params: { id: patient.id },
          }),
      ],
      [
        'movements',
        () =>
          callRoute(listMovements, {
            url: `${t.origin}/api/inventory/${item.id}/movements?cursor=${badTime}`,
            cookie: admin,
            params: { id: item.id },
          }),
      ],
      ...['2147483648', '1e300', '9007199254740992', '-1', '1.5'].map(
        (k) =>
          [
            `history k=${k}`,
            () =>
              callRoute(recordHistory, {
                url: `${t.origin}/api/medical-records/${recordId}/history?cursor=${rawCursor(k)}`,
                cookie: vet.cookie,
                params: { id: recordId },
              }),
          ] as [string, () => Promise<Probe>],
      ),
      [
        'owner tenants',
        () =>
          ownerCall(listOwnerTenants, { path: `/api/owner/tenants?cursor=${badTime}`, cookie: owner.cookie }),
      ],
    ];
    for (const [name, call] of lists) {
      const res = await call('');
      expect({ name, status: res.status, code: res.body?.error?.code }).toEqual({
        name,
        status: 400,
        code: 'INVALID_CURSOR',
      });
    }
  });

  it('refuses quantities that round to zero at three decimals, and the ledger refuses zero-delta rows', async () => {
    const { t, admin, vet, patient, item } = await clinic();
    const rx = await callRoute(prescribe, {
      method: 'POST',
      url: `${t.origin}/api/prescriptions`,
      cookie: vet.cookie,
      body: {
        patientId: patient.id,
        inventoryItemId: item.id,
        dose: '1 tablet',
        route: 'oral',
        frequency: 'daily',
        quantity: 1e-10,
        refills: 0,
      },
    });
    expect(rx.status).toBe(400);
    expect(rx.body.error.details.fields.quantity).toBeDefined();
    const received = await callRoute(receiveStock, {
      method: 'POST',
      url: `${t.origin}/api/inventory/${item.id}/receive`,
      cookie: admin,
      params: { id: item.id },
      body: { quantity: 1e-10 },
    });
    expect(received.status).toBe(400);
    const db = await tenantDb(t);
    const zero = await db
      .execute(
        sql`insert into inventory_movements (inventory_item_id, practice_id, kind, quantity_delta, quantity_after, performed_by)
            select id, practice_id, 'ADJUST', 0, quantity_on_hand, ${vet.id} from inventory where id = ${item.id}`,
      )
      .catch((e: { cause?: { code?: string; constraint?: string } }) => e.cause);
    expect(zero).toMatchObject({ code: '23514', constraint: 'inventory_movements_delta_nonzero_check' });
  });

  it('accepts a file of exactly MAX_UPLOAD_BYTES and refuses one byte more with 413', async () => {
    const { t, vet } = await clinic();
    process.env.MAX_UPLOAD_BYTES = '2048';
    resetEnvForTests();
    const exact = Buffer.concat([SAMPLES.pdf, Buffer.alloc(2048 - SAMPLES.pdf.length, 0x20)]);
    const ok = await upload(t, vet.cookie, uploadForm(exact, 'exact.pdf'));
    expect(ok.status).toBe(201);
    expect(ok.body.data.sizeBytes).toBe(exact.length);
    const over = await upload(
      t,
      vet.cookie,
      uploadForm(Buffer.concat([exact, Buffer.from(' ')]), 'over.pdf'),
    );
    expect(over.status).toBe(413);
  });
});
