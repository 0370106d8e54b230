import { describe, expect, it } from 'vitest';
import { appointmentsApi } from '@tests/support/clinical-api';
import { addPatient, addStaff, createClinic } from '@tests/support/clinical-fixtures';

describe('listing appointments', () => {
  it('pages through appointments in start order and filters by vet, patient, status and time range', async () => {
    const clinic = await createClinic('appt-list');
    const vet = await addStaff(clinic, 'VETERINARIAN');
    const otherVet = await addStaff(clinic, 'VETERINARIAN', { signIn: false });
    const rex = await addPatient(clinic, { name: 'Rex' });
    const tom = await addPatient(clinic, { name: 'Tom', species: 'CAT' });
    const caller = { origin: clinic.origin, cookie: vet.cookie };
    const ids: string[] = [];
    for (let hour = 8; hour < 13; hour++) {
      const res = await appointmentsApi.create(caller, {
        practiceId: clinic.practiceId,
        patientId: hour % 2 ? tom.id : rex.id,
        veterinarianId: hour === 12 ? otherVet.id : vet.id,
        startsAt: `2030-06-03T${String(hour).padStart(2, '0')}:00:00Z`,
        durationMinutes: 30,
      });
      ids.push(res.body.data.id);
    }
    await appointmentsApi.setStatus(caller, ids[1]!, { status: 'CONFIRMED' });

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await appointmentsApi.list(caller, { limit: '2', cursor });
      expect(page.status).toBe(200);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data.map((a: { id: string }) => a.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(ids);

    const ids$ = async (params: Record<string, string>) =>
      (await appointmentsApi.list(caller, params)).body.data.map((a: { id: string }) => a.id);
    expect(await ids$({ veterinarianId: otherVet.id })).toEqual([ids[4]]);
    expect(await ids$({ patientId: tom.id })).toEqual([ids[1], ids[3]]);
    expect(await ids$({ status: 'CONFIRMED' })).toEqual([ids[1]]);
    expect(await ids$({ from: '2030-06-03T09:15:00Z', to: '2030-06-03T11:00:00Z' })).toEqual([
      ids[1],
      ids[2],
    ]);

    const repeated = new URLSearchParams([
      ['status', 'CONFIRMED'],
      ['status', 'SCHEDULED'],
      ['patientId', tom.id],
    ]);
    expect((await appointmentsApi.list(caller, repeated)).body.data.map((a: { id: string }) => a.id)).toEqual(
      [ids[1], ids[3]],
    );
  });

  it('refuses a forged cursor and an inverted range with 400', async () => {
    const clinic = await createClinic('appt-list-bad');
    const caller = { origin: clinic.origin, cookie: clinic.adminCookie };
    const forged = Buffer.from(JSON.stringify({ k: "2030'; drop table appointments; --", id: 'x' })).toString(
      'base64url',
    );
    expect((await appointmentsApi.list(caller, { cursor: forged })).status).toBe(400);
    expect((await appointmentsApi.list(caller, { cursor: 'not-base64-json' })).status).toBe(400);
    expect(
      (await appointmentsApi.list(caller, { from: '2030-06-04T00:00:00Z', to: '2030-06-03T00:00:00Z' }))
        .status,
    ).toBe(400);
    expect((await appointmentsApi.list(caller, { status: 'LATE' })).status).toBe(400);
  });
});
