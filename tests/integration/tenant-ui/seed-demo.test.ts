import { count, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTenantDatabase } from '@/server/tenancy/connections/tenant-connections';
import {
  appointments,
  clients,
  inventory,
  inventoryMovements,
  medicalRecords,
  patients,
  patientWeights,
  practices as practicesTable,
  prescriptions,
} from '@/server/tenant/db/schema';
import { toZoned } from '@/lib/time/zoned-time';
import { DEMO_TENANTS, LABELLED_SPECIES } from '@/server/tenant/demo/demo-catalogue';
import { seedDemoClinic } from '@/server/tenant/demo/seed-demo-clinic';
import { createTestTenant, signIn } from '@tests/support/tenants';

const spec = DEMO_TENANTS[0]!;
const PASSWORD = 'demo-password-for-tests';

describe('demo clinic seeding', () => {
  it('fills a clinic whose stock agrees with its ledger, and whose staff can sign in', async () => {
    const { tenant, origin } = await createTestTenant('demo');
    const db = await getTenantDatabase(tenant.id);
    const now = new Date('2026-03-11T13:00:00Z');
    const result = await seedDemoClinic(db, { spec, password: PASSWORD, timezone: 'UTC', now });

    expect(result.filled).toBe(true);
    expect(result.counts).toMatchObject({ clients: 25, patients: 40 });
    expect(result.counts!.appointments).toBeGreaterThan(30);
    expect(result.staff.map((s) => s.role).sort()).toEqual([
      'ADMIN',
      'RECEPTIONIST',
      'TECHNICIAN',
      'VETERINARIAN',
      'VETERINARIAN',
    ]);

    // Every item's quantity is the sum of its ledger, and the last running balance equals it.
    const items = await db.select().from(inventory);
    for (const item of items) {
      const [ledger] = await db
        .select({ total: sql<string>`coalesce(sum(${inventoryMovements.quantityDelta}), 0)`, n: count() })
        .from(inventoryMovements)
        .where(eq(inventoryMovements.inventoryItemId, item.id));
      expect(Number(ledger!.total), item.sku).toBe(Number(item.quantityOnHand));
      const [last] = await db
        .select({ after: inventoryMovements.quantityAfter })
        .from(inventoryMovements)
        .where(eq(inventoryMovements.inventoryItemId, item.id))
        .orderBy(sql`${inventoryMovements.createdAt} desc`)
        .limit(1);
      expect(Number(last!.after), item.sku).toBe(Number(item.quantityOnHand));
    }
    const [negative] = await db
      .select({ n: count() })
      .from(inventoryMovements)
      .where(sql`${inventoryMovements.quantityAfter} < 0`);
    expect(negative!.n).toBe(0);

    // Dispensed prescriptions are matched by DISPENSE rows of the same quantity.
    const [mismatch] = await db
      .execute<{ n: number }>(
        sql`
      select count(*)::int as n from ${prescriptions} p
      where p.quantity_dispensed <> coalesce((select -sum(m.quantity_delta) from ${inventoryMovements} m where m.prescription_id = p.id), 0)`,
      )
      .then((r) => r.rows);
    expect(mismatch!.n).toBe(0);

    // Low-stock and expiring demo items exist, so those views have something to show.
    expect(items.some((i) => Number(i.quantityOnHand) <= Number(i.reorderLevel))).toBe(true);
    expect(items.some((i) => i.controlledSchedule === 'II')).toBe(true);
    const [signedWithoutSigner] = await db
      .select({ n: count() })
      .from(medicalRecords)
      .where(sql`${medicalRecords.status} = 'SIGNED' and ${medicalRecords.signedBy} is null`);
    expect(signedWithoutSigner!.n).toBe(0);
    const statuses = await db.selectDistinct({ status: appointments.status }).from(appointments);
    expect(statuses.map((s) => s.status)).toEqual(expect.arrayContaining(['COMPLETED', 'SCHEDULED']));

    const receptionist = result.staff.find((s) => s.role === 'RECEPTIONIST')!;
    await expect(signIn(origin, receptionist.email, PASSWORD)).resolves.toContain('smartdmv_session=');
  });

  it('leaves existing clinical data alone on a second run and refreshes the staff passwords', async () => {
    const { tenant, origin } = await createTestTenant('demo');
    const db = await getTenantDatabase(tenant.id);
    await seedDemoClinic(db, { spec, password: PASSWORD, timezone: 'UTC' });
    const before = await Promise.all(
      [clients, patients, appointments, inventoryMovements].map((t) => db.select({ n: count() }).from(t)),
    );

    const again = await seedDemoClinic(db, { spec, password: 'a-new-demo-password', timezone: 'UTC' });
    const after = await Promise.all(
      [clients, patients, appointments, inventoryMovements].map((t) => db.select({ n: count() }).from(t)),
    );

    expect(again.filled).toBe(false);
    expect(after).toEqual(before);
    const vet = again.staff.find((s) => s.role === 'VETERINARIAN')!;
    await expect(signIn(origin, vet.email, 'a-new-demo-password')).resolves.toContain('smartdmv_session=');
    await expect(signIn(origin, vet.email, PASSWORD)).rejects.toThrow(/401/);
  });
});

describe('plausible demo data', () => {
  it('uses real practice time zones, books on the clinic clock, prescribes by label, weighs by breed and age, and varies names', async () => {
    const { tenant } = await createTestTenant('demo-real');
    const db = await getTenantDatabase(tenant.id);
    // A machine in UTC: the clinic's day must still be laid out in Springfield's time.
    const now = new Date('2026-03-11T18:00:00Z');
    await seedDemoClinic(db, { spec, password: PASSWORD, now });

    const zones = await db
      .selectDistinct({ timezone: practicesTable.timezone })
      .from(practicesTable)
      .where(
        inArray(
          practicesTable.name,
          spec.practices.map((p) => p.name),
        ),
      );
    expect(zones.map((z) => z.timezone)).toEqual(['America/Chicago']);
    const booked = await db.select({ startsAt: appointments.startsAt }).from(appointments);
    for (const { startsAt } of booked) {
      const { minutes } = toZoned(startsAt, 'America/Chicago');
      expect(minutes).toBeGreaterThanOrEqual(8 * 60 + 30);
      expect(minutes).toBeLessThanOrEqual(16 * 60 + 30);
    }

    const rx = await db
      .select({ sku: inventory.sku, species: patients.species })
      .from(prescriptions)
      .innerJoin(inventory, eq(inventory.id, prescriptions.inventoryItemId))
      .innerJoin(patients, eq(patients.id, prescriptions.patientId));
    expect(rx.length).toBeGreaterThan(0);
    for (const { sku, species } of rx) {
      // A second practice's copy of an item carries a suffix (CARP-75-B).
      const key = Object.keys(LABELLED_SPECIES).find((k) => sku === k || sku.startsWith(`${k}-`));
      expect(LABELLED_SPECIES[key ?? sku] ?? [], `${sku} for a ${species}`).toContain(species);
    }

    const goldens = await db
      .select({ id: patients.id, dateOfBirth: patients.dateOfBirth })
      .from(patients)
      .where(eq(patients.breed, 'Golden Retriever'));
    const adults = goldens.filter((g) => g.dateOfBirth && g.dateOfBirth < '2025-01-01');
    for (const g of adults) {
      const latest = await db
        .select({ kg: patientWeights.weightKg })
        .from(patientWeights)
        .where(eq(patientWeights.patientId, g.id))
        .orderBy(sql`${patientWeights.measuredAt} desc`)
        .limit(1);
      if (latest[0]) expect(Number(latest[0].kg)).toBeGreaterThan(23);
    }

    const names = await db.select({ name: patients.name, species: patients.species }).from(patients);
    const dogs = names.filter((n) => n.species === 'Dog').map((n) => n.name);
    expect(new Set(dogs).size).toBe(dogs.length);
  });
});
