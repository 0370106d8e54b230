import { count } from 'drizzle-orm';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { clients } from '@/server/tenant/db/schema';
import type { DemoTenantSpec } from './demo-catalogue';
import { seedDemoClientsAndPatients } from './seed-demo-people';
import { ensureDemoPracticesAndStaff, type DemoStaffMember } from './seed-demo-staff';
import { DemoStock } from './seed-demo-stock';
import { seedDemoVisits } from './seed-demo-visits';
import { SeedRandom } from './seed-random';

const DAY_MS = 86_400_000;

export type SeedDemoClinicResult = {
  staff: DemoStaffMember[];
  /** False when the clinic already had clients: its data was left alone, only staff and practices refreshed. */
  filled: boolean;
  counts?: {
    clients: number;
    patients: number;
    appointments: number;
    records: number;
    prescriptions: number;
    items: number;
    movements: number;
  };
};

/**
 * Fills one demo clinic. Staff and practices are always brought up to date; the clinical data is written once,
 * in one transaction, and only into a clinic without clients, so a re-run never duplicates or overwrites anything
 * a visitor entered.
 */
export async function seedDemoClinic(
  db: TenantDb,
  options: {
    spec: DemoTenantSpec;
    password: string;
    /** Overrides the catalogue's practice time zones (tests); normally left out. */
    timezone?: string;
    now?: Date;
    log?: (line: string) => void;
  },
): Promise<SeedDemoClinicResult> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  log('practices and staff …');
  const { practices, staff } = await ensureDemoPracticesAndStaff(db, options);
  const [existing] = await db.select({ n: count() }).from(clients);
  if ((existing?.n ?? 0) > 0) {
    log(`already has ${existing!.n} clients — clinical data left as it is`);
    return { staff, filled: false };
  }

  const random = new SeedRandom(options.spec.seed);
  const counts = await db.transaction(async (tx) => {
    log('clients and patients …');
    const people = await seedDemoClientsAndPatients(tx, {
      random,
      practices,
      staff,
      clientCount: 25,
      patientCount: 40,
      now,
      emailDomain: options.spec.emailDomain,
    });
    log('inventory …');
    const stock = await DemoStock.create(tx, { random, practices, now });
    log('appointments, medical records and prescriptions …');
    const visits = await seedDemoVisits({
      tx,
      random,
      practices,
      staff,
      patients: people.patients,
      stock,
      now,
    });
    const tech = staff.find((s) => s.role === 'TECHNICIAN') ?? staff[0]!;
    // A couple of stock corrections, so the ledger shows every kind of movement.
    for (const item of random.sample(stock.all(), 3)) {
      stock.plan(item, {
        kind: 'ADJUST',
        delta: -random.int(1, 2),
        at: new Date(now.getTime() - random.int(1, 10) * DAY_MS),
        performedBy: tech.id,
        reason: random.pick(['Broken during handling', 'Stock count correction', 'Expired and discarded']),
      });
    }
    log('stock ledger …');
    const movements = await stock.writeLedger(tx, tech.id);
    return {
      clients: people.clients.length,
      patients: people.patients.length,
      ...visits,
      items: stock.all().length,
      movements,
    };
  });
  return { staff, filled: true, counts };
}
