import type { TenantTx } from '@/server/tenant/db/tenant-db';
import {
  clients,
  patients,
  patientWeights,
  type Client,
  type Patient,
  type Practice,
} from '@/server/tenant/db/schema';
import {
  ALERTS,
  ALLERGIES,
  BREED_WEIGHT_KG,
  demoWeightAtAge,
  FIRST_NAMES,
  LAST_NAMES,
  SPECIES,
  STREETS,
  type SpeciesSpec,
} from './demo-catalogue';
import type { SeedRandom } from './seed-random';
import type { DemoStaffMember } from './seed-demo-staff';

const DAY_MS = 86_400_000;

export type DemoPatient = Patient & { speciesSpec: SpeciesSpec; currentWeightKg: number };

/** Pet owners with 1–3 animals each, and each animal's weight history. */
export async function seedDemoClientsAndPatients(
  tx: TenantTx,
  options: {
    random: SeedRandom;
    practices: Practice[];
    staff: DemoStaffMember[];
    clientCount: number;
    patientCount: number;
    now: Date;
    emailDomain: string;
  },
): Promise<{ clients: Client[]; patients: DemoPatient[] }> {
  const { random, now } = options;
  const names = new Set<string>();
  const clientRows = [];
  while (clientRows.length < options.clientCount) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const name = `${first} ${last}`;
    if (names.has(name)) continue;
    names.add(name);
    const consent = random.chance(0.75);
    clientRows.push({
      // Most owners use the main practice; a few belong to the others.
      practiceId: options.practices[clientRows.length % 4 === 3 ? options.practices.length - 1 : 0]!.id,
      name,
      email: `${first}.${last}@mail.${options.emailDomain}`.toLowerCase(),
      phone: `+1 555 ${random.digits(3)} ${random.digits(4)}`,
      address: `${random.int(1, 240)} ${random.pick(STREETS)}`,
      communicationConsent: consent,
      consentUpdatedAt: consent ? new Date(now.getTime() - random.int(30, 700) * DAY_MS) : null,
      createdAt: new Date(now.getTime() - random.int(60, 900) * DAY_MS),
    });
  }
  const insertedClients = await tx.insert(clients).values(clientRows).returning();

  // Every client gets one animal first, then the rest are spread so some households have several.
  const owners = [...insertedClients];
  while (owners.length < options.patientCount) owners.push(random.pick(insertedClients));
  const specs: SpeciesSpec[] = [];
  const ages: number[] = [];
  // Names repeat only once a species' list is used up: four dogs called Biscuit look made up.
  const usedNames = new Set<string>();
  const nameFor = (spec: SpeciesSpec) => {
    const fresh = spec.names.filter((n) => !usedNames.has(`${spec.species}:${n}`));
    const name = random.pick(fresh.length > 0 ? fresh : spec.names);
    usedNames.add(`${spec.species}:${name}`);
    return name;
  };
  const patientRows = owners.map((owner) => {
    const spec = random.weighted(SPECIES, (s) => s.share);
    specs.push(spec);
    const ageDays = random.int(120, 14 * 365);
    ages.push(ageDays);
    const sex = random.chance(0.5) ? ('MALE' as const) : ('FEMALE' as const);
    return {
      practiceId: owner.practiceId,
      clientId: owner.id,
      name: nameFor(spec),
      species: spec.species,
      breed: random.pick(spec.breeds),
      sex,
      neutered: ageDays > 365 && random.chance(0.7),
      dateOfBirth: isoDate(new Date(now.getTime() - ageDays * DAY_MS)),
      colour: random.pick(spec.colours),
      microchip:
        ['Dog', 'Cat', 'Ferret', 'Rabbit'].includes(spec.species) && random.chance(0.8)
          ? `985${random.digits(12)}`
          : null,
      allergies: random.chance(0.12) ? random.pick(ALLERGIES) : null,
      alerts: random.chance(0.1) ? random.pick(ALERTS) : null,
      createdAt: owner.createdAt,
    };
  });
  // A microchip is unique within the tenant; the generator could repeat one in theory, so drop duplicates.
  const chips = new Set<string>();
  for (const row of patientRows) {
    if (row.microchip && chips.has(row.microchip)) row.microchip = null;
    if (row.microchip) chips.add(row.microchip);
  }
  const insertedPatients = await tx.insert(patients).values(patientRows).returning();

  const weights: Array<typeof patientWeights.$inferInsert> = [];
  const demoPatients: DemoPatient[] = insertedPatients.map((patient, index) => {
    const spec = specs[index]!;
    const [min, max] = (patient.breed && BREED_WEIGHT_KG[patient.breed]) || spec.weightKg;
    const adult = min + random.next() * (max - min);
    const ageDays = ages[index]!;
    const measurements = random.int(2, 5);
    for (let i = measurements; i >= 1; i--) {
      const daysAgo = i * random.int(60, 150);
      if (daysAgo >= ageDays - 30) continue; // not before the animal was born (or had its first visit)
      // Growth while young, then a gentle drift around the adult weight, as a real chart shows.
      const kg = demoWeightAtAge(adult, ageDays - daysAgo) * (1 + (random.next() - 0.5) * 0.04);
      weights.push({
        patientId: patient.id,
        weightKg: kg.toFixed(3),
        measuredAt: new Date(now.getTime() - daysAgo * DAY_MS),
        recordedBy: random.pick(options.staff.filter((s) => s.role !== 'RECEPTIONIST')).id,
      });
    }
    return { ...patient, speciesSpec: spec, currentWeightKg: demoWeightAtAge(adult, ageDays) };
  });
  if (weights.length > 0) await tx.insert(patientWeights).values(weights);
  return { clients: insertedClients, patients: demoPatients };
}

export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
