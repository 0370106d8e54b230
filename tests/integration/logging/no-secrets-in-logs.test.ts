import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as createClient } from '@/app/api/clients/route';
import { POST as createRecord } from '@/app/api/medical-records/route';
import { POST as createOwnerTenant } from '@/app/api/owner/tenants/route';
import { POST as createUser } from '@/app/api/users/route';
import { captureLogs } from '@/server/shared/logger';
import { adminQuery } from '@tests/support/core-admin';
import { callRoute } from '@tests/support/http';
import { createOwnerAccount, ownerCall } from '@tests/support/owner-auth';
import { createPharmacyTenant } from '@tests/support/pharmacy-fixtures';

/**
 * Issue 8, point 8: writes that fail inside PostgreSQL on both planes are logged with the statement, the SQLSTATE
 * and where it failed, and never with a parameter value. A trigger (added as the cluster admin) makes the writes
 * fail; the captured log output is then searched for the hashes, the SOAP text and the client's name.
 */

const FAIL_FUNCTION = `create or replace function smartdmv_test_refuse_write() returns trigger language plpgsql as $$
  begin raise exception 'refused by the logging test' using errcode = 'P0001'; end $$`;

const lines: string[] = [];
const capture = (...args: unknown[]) => {
  lines.push(args.map(String).join(' '));
};
let ownerTriggerAdded = false;

let captured: ReturnType<typeof captureLogs>;

beforeAll(() => {
  // The logger's real serialised lines, and anything written to the console besides.
  captured = captureLogs('debug');
  vi.spyOn(console, 'error').mockImplementation(capture);
  vi.spyOn(console, 'log').mockImplementation(capture);
  vi.spyOn(console, 'warn').mockImplementation(capture);
});

afterAll(async () => {
  vi.restoreAllMocks();
  captured.restore();
  if (ownerTriggerAdded) {
    const ownerDb = new URL(process.env.OWNER_DATABASE_URL!).pathname.slice(1);
    await adminQuery(ownerDb, 'drop trigger if exists smartdmv_test_refuse_logfail on tenants');
  }
});

describe('logs of failed queries', () => {
  it('hold the statement and the PostgreSQL code, never password hashes, SOAP text or client names', async () => {
    const { t, admin, vet, patient, practiceId } = await createPharmacyTenant('logfail');
    const database = t.tenant.dbName;
    await adminQuery(database, FAIL_FUNCTION);
    for (const table of ['users', 'clients', 'medical_records'])
      await adminQuery(
        database,
        `create trigger smartdmv_test_refuse before insert or update on ${table} for each row when (current_user <> 'postgres' and pg_trigger_depth() = 0) execute function smartdmv_test_refuse_write()`,
      );

    const secretPassword = 'Sup3r-secret-passphrase-42';
    const user = await callRoute(createUser, {
      method: 'POST',
      url: `${t.origin}/api/users`,
      cookie: admin,
      body: { email: 'leaky@logfail.test', name: 'Leaky Hashman', role: 'ADMIN', password: secretPassword },
    });
    const client = await callRoute(createClient, {
      method: 'POST',
      url: `${t.origin}/api/clients`,
      cookie: admin,
      body: { practiceId, name: 'Philippa Confidentialsworth', email: 'philippa@private.test' },
    });
    const soap = 'Subjective: owner reports the dog ate a sock marked ZEBRA-SOAP-7731';
    const record = await callRoute(createRecord, {
      method: 'POST',
      url: `${t.origin}/api/medical-records`,
      cookie: vet.cookie,
      body: { patientId: patient.id, subjective: soap, assessment: 'ZEBRA-ASSESSMENT-7731' },
    });
    for (const res of [user, client, record]) expect(res.status).toBe(500);

    // The owner plane: a tenant whose insert the owner database refuses (only this test's slug prefix).
    const ownerDb = new URL(process.env.OWNER_DATABASE_URL!).pathname.slice(1);
    await adminQuery(ownerDb, FAIL_FUNCTION);
    await adminQuery(
      ownerDb,
      `create trigger smartdmv_test_refuse_logfail before insert on tenants for each row when (new.slug like 'logfail-owner-%') execute function smartdmv_test_refuse_write()`,
    );
    ownerTriggerAdded = true;
    const owner = await createOwnerAccount('logfail', 'OWNER');
    const pendingAdminPassword = 'Pending-admin-passphrase-99';
    const tenant = await ownerCall(createOwnerTenant, {
      method: 'POST',
      path: '/api/owner/tenants',
      cookie: owner.cookie,
      body: {
        name: 'Leaky Clinic',
        slug: `logfail-owner-${process.pid}`,
        admin: { email: 'pending@leaky.test', name: 'Pending Admin', password: pendingAdminPassword },
      },
    });
    expect(tenant.status).toBe(500);

    const output = [...lines, ...captured.raw].join('\n');
    // What must be there: the statement and the code, so the failure can still be diagnosed.
    expect(output).toMatch(/insert into \\"users\\"/);
    expect(output).toMatch(/insert into \\"medical_records\\"/);
    expect(output).toMatch(/insert into \\"tenants\\"/);
    expect(output).toContain('"code":"P0001"');
    // What must never be there.
    for (const forbidden of [
      '$argon2id$',
      'scrypt$',
      secretPassword,
      pendingAdminPassword,
      'ZEBRA-SOAP-7731',
      'ZEBRA-ASSESSMENT-7731',
      'Philippa',
      'Confidentialsworth',
      'philippa@private.test',
      'leaky@logfail.test',
      'Leaky Hashman',
      'pending@leaky.test',
      'params:',
    ])
      expect({ forbidden, found: output.includes(forbidden) }).toEqual({ forbidden, found: false });
  });
});
