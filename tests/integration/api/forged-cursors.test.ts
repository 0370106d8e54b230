import { describe, expect, it } from 'vitest';
import { GET as listAppointments } from '@/app/api/appointments/route';
import { GET as listFiles } from '@/app/api/files/route';
import { GET as expiringStock } from '@/app/api/inventory/expiring/route';
import { GET as listMedicalRecords } from '@/app/api/medical-records/route';
import { GET as listPrescriptions } from '@/app/api/prescriptions/route';
import { callRoute } from '@tests/support/http';
import { createTestTenant, signIn } from '@tests/support/tenants';

/** A cursor that decodes fine but whose key is not what the list sorts by. */
const forged = Buffer.from(
  JSON.stringify({ k: 'not-a-timestamp', id: '00000000-0000-4000-8000-000000000000' }),
).toString('base64url');

describe('forged keyset cursors', () => {
  it('are a 400 INVALID_CURSOR on every time-ordered list, never a database cast error', async () => {
    const t = await createTestTenant('cursor');
    const cookie = await signIn(t.origin, t.admin.email, t.admin.password);
    const lists = [
      [listAppointments, '/api/appointments'],
      [listMedicalRecords, '/api/medical-records'],
      [listPrescriptions, '/api/prescriptions'],
      [listFiles, '/api/files'],
      [expiringStock, '/api/inventory/expiring'],
    ] as const;
    for (const [handler, path] of lists) {
      const res = await callRoute(handler, { url: `${t.origin}${path}?cursor=${forged}`, cookie });
      expect({ path, status: res.status, code: res.body?.error?.code }).toEqual({
        path,
        status: 400,
        code: 'INVALID_CURSOR',
      });
    }
  });
});
