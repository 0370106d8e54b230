import type { TenantTx } from '@/server/tenant/db/tenant-db';
import {
  appointments,
  medicalRecordHistory,
  medicalRecords,
  prescriptions,
  type AppointmentStatus,
  type NewMedicalRecord,
  type Practice,
} from '@/server/tenant/db/schema';
import { addDays, fromZoned, zonedToday } from '@/components/tenant/calendar/zoned-time';
import { LABELLED_SPECIES, VISIT_STORIES } from './demo-catalogue';
import type { DemoPatient } from './seed-demo-people';
import type { DemoStaffMember } from './seed-demo-staff';
import type { DemoStock } from './seed-demo-stock';
import type { SeedRandom } from './seed-random';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
type Story = (typeof VISIT_STORIES)[number];

type Context = {
  tx: TenantTx;
  random: SeedRandom;
  practices: Practice[];
  staff: DemoStaffMember[];
  patients: DemoPatient[];
  stock: DemoStock;
  now: Date;
};

/**
 * A week of appointments around today (past ones completed with signed notes, today's in every state of the
 * workflow, upcoming ones booked), older signed visits for the patients' histories, and prescriptions with
 * their dispenses planned into the stock ledger. Times are on the practices' own clock (their time zone).
 */
export async function seedDemoVisits(
  ctx: Context,
): Promise<{ appointments: number; records: number; prescriptions: number }> {
  const counts = { appointments: 0, records: 0, prescriptions: 0 };
  const vets = ctx.staff.filter((s) => s.role === 'VETERINARIAN');
  const reception = ctx.staff.find((s) => s.role === 'RECEPTIONIST') ?? ctx.staff[0]!;
  // Laid out on the practices' own clock (a demo clinic's practices share one zone), whatever the machine's zone.
  const timeZone = ctx.practices[0]?.timezone ?? 'UTC';
  const today = zonedToday(timeZone, ctx.now);
  const midnightToday = new Date(fromZoned(today, 0, timeZone));

  for (let offset = -3; offset <= 3; offset++) {
    const day = addDays(today, offset);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0) continue; // closed on Sundays
    const seenToday = new Set<string>();
    for (const [vetIndex, vet] of vets.entries()) {
      const practice = ctx.practices[vetIndex % ctx.practices.length]!;
      const candidates = ctx.patients.filter((p) => p.practiceId === practice.id && p.status === 'ACTIVE');
      // 30-minute slots 08:30–16:30; Saturdays are mornings only.
      const slots = Array.from({ length: weekday === 6 ? 7 : 17 }, (_, i) => 8 * 60 + 30 + i * 30);
      const chosen = ctx.random.sample(slots, weekday === 6 ? 3 : ctx.random.int(5, 8)).sort((a, b) => a - b);
      for (const [i, minutes] of chosen.entries()) {
        const patient = ctx.random.sample(
          candidates.filter((p) => !seenToday.has(p.id)),
          1,
        )[0];
        if (!patient) break;
        seenToday.add(patient.id);
        const story = ctx.random.pick(VISIT_STORIES);
        // Long procedures take two slots, when the next one is free.
        const long =
          (story.type === 'DENTAL' || story.type === 'SURGERY') &&
          chosen[i + 1] !== minutes + 30 &&
          minutes + 30 <= slots.at(-1)!;
        const startsAt = new Date(fromZoned(day, minutes, timeZone));
        const endsAt = new Date(startsAt.getTime() + (long ? 60 : 30) * MINUTE_MS);
        const status = statusFor(ctx.random, startsAt, endsAt, ctx.now);
        const [appointment] = await ctx.tx
          .insert(appointments)
          .values({
            practiceId: practice.id,
            patientId: patient.id,
            clientId: patient.clientId,
            veterinarianId: vet.id,
            startsAt,
            endsAt,
            type: story.type,
            reason: story.reason,
            status,
            cancellationReason: status === 'CANCELLED' ? 'Owner rescheduled by phone' : null,
            createdBy: reception.id,
            createdAt: new Date(startsAt.getTime() - ctx.random.int(2, 20) * DAY_MS),
          })
          .returning();
        counts.appointments++;
        if (status === 'COMPLETED' || status === 'IN_PROGRESS') {
          const signed = status === 'COMPLETED';
          const recordId = await insertRecord(ctx, {
            patient,
            story,
            vet,
            practice,
            visitAt: startsAt,
            appointmentId: appointment!.id,
            signed,
          });
          counts.records++;
          if (signed)
            counts.prescriptions += await prescribe(ctx, {
              patient,
              story,
              vet,
              recordId,
              at: endsAt,
              sameDay: offset === 0,
            });
        }
      }
    }
  }

  // Older visits, so histories and timelines have depth.
  for (const patient of ctx.random.sample(ctx.patients, Math.ceil(ctx.patients.length / 2))) {
    const vet = ctx.random.pick(vets);
    const practice = ctx.practices.find((p) => p.id === patient.practiceId)!;
    const visitAt = new Date(
      midnightToday.getTime() - ctx.random.int(30, 400) * DAY_MS + ctx.random.int(9, 16) * 60 * MINUTE_MS,
    );
    const story = ctx.random.pick(VISIT_STORIES);
    const recordId = await insertRecord(ctx, {
      patient,
      story,
      vet,
      practice,
      visitAt,
      appointmentId: null,
      signed: true,
    });
    counts.records++;
    counts.prescriptions += await prescribe(ctx, {
      patient,
      story,
      vet,
      recordId,
      at: new Date(visitAt.getTime() + 30 * MINUTE_MS),
      sameDay: false,
    });
  }
  return counts;
}

function statusFor(random: SeedRandom, startsAt: Date, endsAt: Date, now: Date): AppointmentStatus {
  if (endsAt <= now)
    return random.weighted(
      ['COMPLETED', 'NO_SHOW', 'CANCELLED'] as const,
      (s) => ({ COMPLETED: 85, NO_SHOW: 7, CANCELLED: 8 })[s],
    );
  if (startsAt <= now) return 'IN_PROGRESS';
  if (startsAt.getTime() - now.getTime() < 45 * MINUTE_MS) return 'CHECKED_IN';
  return random.weighted(
    ['SCHEDULED', 'CONFIRMED', 'CANCELLED'] as const,
    (s) => ({ SCHEDULED: 50, CONFIRMED: 45, CANCELLED: 5 })[s],
  );
}

async function insertRecord(
  ctx: Context,
  visit: {
    patient: DemoPatient;
    story: Story;
    vet: DemoStaffMember;
    practice: Practice;
    visitAt: Date;
    appointmentId: string | null;
    signed: boolean;
  },
): Promise<string> {
  const { random } = ctx;
  const { patient, story, vet, signed } = visit;
  const mammal = !['Bird'].includes(patient.species);
  const fields = {
    subjective: story.subjective,
    objective: signed ? story.objective : null,
    assessment: signed ? story.assessment : null,
    plan: signed ? story.plan : null,
    temperatureC: (mammal ? 38 + random.next() * 1.3 : 40 + random.next()).toFixed(1),
    heartRate:
      patient.species === 'Dog'
        ? random.int(70, 120)
        : patient.species === 'Cat'
          ? random.int(140, 200)
          : random.int(130, 260),
    respiratoryRate: random.int(16, 40),
    weightKg: (patient.currentWeightKg * (1 + (random.next() - 0.5) * 0.03)).toFixed(3),
    bodyConditionScore: random.int(4, 6),
    painScore: story.type === 'DENTAL' ? random.int(2, 4) : random.int(0, 2),
    diagnoses: signed && story.diagnosis ? [story.diagnosis] : [],
  };
  const signedAt = signed ? new Date(visit.visitAt.getTime() + 45 * MINUTE_MS) : null;
  const values: NewMedicalRecord = {
    practiceId: visit.practice.id,
    patientId: patient.id,
    appointmentId: visit.appointmentId,
    authorId: vet.id,
    visitAt: visit.visitAt,
    ...fields,
    status: signed ? 'SIGNED' : 'DRAFT',
    signedBy: signed ? vet.id : null,
    signedAt,
    version: signed ? 2 : 1,
    createdAt: visit.visitAt,
    updatedAt: signedAt ?? visit.visitAt,
  };
  const [record] = await ctx.tx.insert(medicalRecords).values(values).returning();
  const snapshot = { ...fields, status: 'DRAFT' };
  const history: Array<typeof medicalRecordHistory.$inferInsert> = [
    {
      recordId: record!.id,
      version: 1,
      action: 'CREATED',
      changedBy: vet.id,
      snapshot,
      changedAt: visit.visitAt,
    },
  ];
  if (signedAt) {
    history.push({
      recordId: record!.id,
      version: 2,
      action: 'SIGNED',
      changedBy: vet.id,
      snapshot: { ...fields, status: 'SIGNED' },
      changedAt: signedAt,
    });
  }
  await ctx.tx.insert(medicalRecordHistory).values(history);
  return record!.id;
}

/** A prescription for the story's usual drug; most are dispensed at once, some of today's wait at the counter. */
async function prescribe(
  ctx: Context,
  visit: {
    patient: DemoPatient;
    story: Story;
    vet: DemoStaffMember;
    recordId: string;
    at: Date;
    sameDay: boolean;
  },
): Promise<number> {
  const item = visit.story.drugSku
    ? ctx.stock.item(visit.patient.practiceId, visit.story.drugSku)
    : undefined;
  const rx = item?.spec.rx;
  if (!item || !rx || !ctx.random.chance(0.85)) return 0;
  // Only to a species the drug is labelled for.
  if (!LABELLED_SPECIES[item.spec.sku]?.includes(visit.patient.species)) return 0;
  const schedule = item.spec.schedule ?? null;
  const refills = schedule ? 0 : ctx.random.weighted([0, 1, 2], (n) => [6, 3, 1][n]!);
  const dispensed = !(visit.sameDay && ctx.random.chance(0.5));
  const [row] = await ctx.tx
    .insert(prescriptions)
    .values({
      practiceId: visit.patient.practiceId,
      patientId: visit.patient.id,
      prescriberId: visit.vet.id,
      inventoryItemId: item.row.id,
      medicalRecordId: visit.recordId,
      drugName: item.spec.name,
      strength: rx.strength,
      dose: rx.dose,
      route: rx.route,
      frequency: rx.frequency,
      durationDays: rx.durationDays,
      quantity: rx.quantity.toFixed(3),
      quantityDispensed: dispensed ? rx.quantity.toFixed(3) : '0',
      refills,
      instructions: `Give ${rx.dose.toLowerCase()} ${rx.frequency.toLowerCase()} for ${rx.durationDays} day${rx.durationDays === 1 ? '' : 's'}.`,
      controlledSchedule: schedule,
      status: dispensed && refills === 0 ? 'COMPLETED' : 'ACTIVE',
      createdAt: visit.at,
      updatedAt: visit.at,
    })
    .returning();
  if (dispensed) {
    const tech = ctx.staff.find((s) => s.role === 'TECHNICIAN') ?? visit.vet;
    ctx.stock.plan(item, {
      kind: 'DISPENSE',
      delta: -rx.quantity,
      at: new Date(visit.at.getTime() + 10 * MINUTE_MS),
      performedBy: ctx.random.chance(0.5) ? tech.id : visit.vet.id,
      prescriptionId: row!.id,
    });
  }
  return 1;
}
