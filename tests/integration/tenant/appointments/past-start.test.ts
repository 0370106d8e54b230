import { describe, expect, it } from 'vitest';
import { appointmentsApi } from '@tests/support/clinical-api';
import { addPatient, addStaff, createClinic } from '@tests/support/clinical-fixtures';
import { GET as openApiDocument } from '@/app/api/openapi.json/route';
import { callRoute } from '@tests/support/http';

const HOUR = 3_600_000;
const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString();

async function setUp() {
  const clinic = await createClinic('appt-past');
  const vet = await addStaff(clinic, 'VETERINARIAN', { signIn: false });
  const desk = await addStaff(clinic, 'RECEPTIONIST');
  const patient = await addPatient(clinic);
  const caller = { origin: clinic.origin, cookie: desk.cookie };
  const book = (startsAt: string, extra: Record<string, unknown> = {}) =>
    appointmentsApi.create(caller, {
      practiceId: clinic.practiceId,
      patientId: patient.id,
      veterinarianId: vet.id,
      startsAt,
      durationMinutes: 30,
      ...extra,
    });
  return { clinic, caller, book };
}

describe('booking in the past', () => {
  it('refuses a booking whose start has gone by with 422 APPOINTMENT_IN_PAST, and books nothing', async () => {
    const { caller, book } = await setUp();
    const startsAt = fromNow(-2 * HOUR);
    const res = await book(startsAt);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: 'APPOINTMENT_IN_PAST',
      message: expect.stringMatching(/would start in the past/),
      details: { startsAt },
    });
    expect((await appointmentsApi.list(caller)).body.data).toEqual([]);
  });

  it('records a past visit when the request says allowPast: true', async () => {
    const { book } = await setUp();
    const startsAt = fromNow(-26 * HOUR);
    const res = await book(startsAt, { allowPast: true });
    expect(res.status).toBe(201);
    expect(res.body.data.startsAt).toBe(startsAt);
  });

  it('books a future start without the flag, and refuses a flag that is not a boolean', async () => {
    const { book } = await setUp();
    expect((await book(fromNow(HOUR))).status).toBe(201);
    const bad = await book(fromNow(-HOUR), { allowPast: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields.allowPast).toBeDefined();
  });
});

describe('moving an appointment into the past', () => {
  it('needs allowPast for a new start that has gone by; other edits of a visit under way do not', async () => {
    const { caller, book } = await setUp();
    const future = await book(fromNow(3 * HOUR));
    const id = future.body.data.id as string;
    const past = fromNow(-3 * HOUR);

    const refused = await appointmentsApi.update(caller, id, { startsAt: past });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('APPOINTMENT_IN_PAST');
    expect((await appointmentsApi.get(caller, id)).body.data.startsAt).toBe(future.body.data.startsAt);

    const moved = await appointmentsApi.update(caller, id, { startsAt: past, allowPast: true });
    expect(moved.status).toBe(200);
    expect(moved.body.data.startsAt).toBe(past);

    // The start stays where it is: lengthening it or changing its reason is not a move into the past.
    const longer = await appointmentsApi.update(caller, id, { startsAt: past, durationMinutes: 60 });
    expect(longer.status).toBe(200);
    expect(longer.body.data.durationMinutes).toBe(60);
    expect((await appointmentsApi.update(caller, id, { reason: 'Recheck' })).status).toBe(200);
  });

  it('does not accept allowPast alone as a change', async () => {
    const { caller, book } = await setUp();
    const id = (await book(fromNow(HOUR))).body.data.id as string;
    const res = await appointmentsApi.update(caller, id, { allowPast: true });
    expect(res.status).toBe(400);
  });
});

describe('the OpenAPI document', () => {
  it('shows allowPast on booking and moving, and 422 APPOINTMENT_IN_PAST on both', async () => {
    const { clinic } = await setUp();
    const doc = (await callRoute(openApiDocument, { url: `${clinic.origin}/api/openapi.json` })).body;
    for (const [path, method] of [
      ['/api/appointments', 'post'],
      ['/api/appointments/{id}', 'patch'],
    ] as const) {
      const operation = doc.paths[path][method];
      const schema = JSON.stringify(operation.requestBody.content['application/json'].schema);
      const body = schema.includes('$ref') ? JSON.stringify(doc.components.schemas) : schema;
      expect(body, `${method} ${path}`).toContain('allowPast');
      expect(JSON.stringify(operation.responses['422']), `${method} ${path}`).toContain(
        'APPOINTMENT_IN_PAST',
      );
    }
  });
});
