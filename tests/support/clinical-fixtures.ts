import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { getTenantDatabase } from '@/server/tenancy/connections/tenant-connections';
import {
  clients,
  patients,
  practices,
  userPractices,
  users,
  type TenantRole,
} from '@/server/tenant/db/schema';
import { hashPassword } from '@/server/shared/passwords';
import { createTestTenant, signIn, type TestTenant } from './tenants';

/**
 * A provisioned clinic for the appointment and record tests, with direct access to its database to set up the
 * people and animals those tests need (the clients/patients/users APIs have tests of their own).
 */
export type Clinic = TestTenant & {
  db: TenantDb;
  /** The practice provisioning created. */
  practiceId: string;
  adminCookie: string;
};

export type StaffMember = { id: string; email: string; name: string; role: TenantRole; cookie: string };

const STAFF_PASSWORD = 'staff-password-123';
let passwordHash: Promise<string> | undefined;

export async function createClinic(prefix = 'clinical'): Promise<Clinic> {
  const tenant = await createTestTenant(prefix);
  const db = await getTenantDatabase(tenant.slug);
  const [practice] = await db.select({ id: practices.id }).from(practices);
  const adminCookie = await signIn(tenant.origin, tenant.admin.email, tenant.admin.password);
  return { ...tenant, db, practiceId: practice!.id, adminCookie };
}

export async function addPractice(
  clinic: Clinic,
  options: { name?: string; timezone?: string } = {},
): Promise<string> {
  const [row] = await clinic.db
    .insert(practices)
    .values({
      name: options.name ?? `Practice ${crypto.randomBytes(3).toString('hex')}`,
      timezone: options.timezone ?? 'UTC',
    })
    .returning({ id: practices.id });
  return row!.id;
}

export async function setPracticeTimezone(
  clinic: Clinic,
  practiceId: string,
  timezone: string,
): Promise<void> {
  await clinic.db.update(practices).set({ timezone }).where(eq(practices.id, practiceId));
}

/** A signed-in staff member of the given role, working at the given practices (the clinic's first by default). */
export async function addStaff(
  clinic: Clinic,
  role: TenantRole,
  options: { practiceIds?: string[]; name?: string; isActive?: boolean; signIn?: boolean } = {},
): Promise<StaffMember> {
  const suffix = crypto.randomBytes(4).toString('hex');
  const email = `${role.toLowerCase()}-${suffix}@${clinic.slug}.test`;
  const name = options.name ?? `${role[0]}${role.slice(1).toLowerCase()} ${suffix}`;
  passwordHash ??= hashPassword(STAFF_PASSWORD);
  const [user] = await clinic.db
    .insert(users)
    .values({ email, name, role, passwordHash: await passwordHash, isActive: options.isActive ?? true })
    .returning({ id: users.id });
  const practiceIds = options.practiceIds ?? [clinic.practiceId];
  if (practiceIds.length > 0) {
    await clinic.db
      .insert(userPractices)
      .values(practiceIds.map((practiceId) => ({ userId: user!.id, practiceId })));
  }
  const cookie = options.signIn === false ? '' : await signIn(clinic.origin, email, STAFF_PASSWORD);
  return { id: user!.id, email, name, role, cookie };
}

/** An animal and its owner registered at a practice (the clinic's first by default). */
export async function addPatient(
  clinic: Clinic,
  options: {
    practiceId?: string;
    name?: string;
    species?: string;
    status?: 'ACTIVE' | 'DECEASED' | 'INACTIVE';
  } = {},
): Promise<{ id: string; clientId: string; name: string }> {
  const practiceId = options.practiceId ?? clinic.practiceId;
  const [client] = await clinic.db
    .insert(clients)
    .values({ practiceId, name: `Owner ${crypto.randomBytes(3).toString('hex')}` })
    .returning({ id: clients.id });
  const name = options.name ?? 'Biscuit';
  const [patient] = await clinic.db
    .insert(patients)
    .values({
      practiceId,
      clientId: client!.id,
      name,
      species: options.species ?? 'DOG',
      status: options.status ?? 'ACTIVE',
    })
    .returning({ id: patients.id });
  return { id: patient!.id, clientId: client!.id, name };
}
