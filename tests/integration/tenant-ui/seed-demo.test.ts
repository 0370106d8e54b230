import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTenantDatabase } from '@/server/tenancy/tenant-connection';
import {
  appointments,
  clients,
  inventory,
  inventoryMovements,
  medicalRecords,
  patients,
  prescriptions,
} from '@/server/tenant/db/schema';
import { DEMO_TENANTS } from '@/server/tenant/demo/demo-catalogue';
import { seedDemoClinic } from '@/server/tenant/demo/seed-demo-clinic';
import { createTestTenant, signIn } from '../../support/tenants';

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
