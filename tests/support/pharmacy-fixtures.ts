import { asc, eq } from 'drizzle-orm';
import { POST as createItemRoute } from '@/app/api/inventory/route';
import { POST as createPrescriptionRoute } from '@/app/api/prescriptions/route';
import { hashPassword } from '@/server/shared/passwords';
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
import { callRoute } from './http';
import { createTestTenant, signIn, type TestTenant } from './tenants';

/**
 * Fixtures for the inventory, prescription and file tests. Staff of other roles, clients and patients are
 * inserted straight into the tenant database (their own routes belong to other modules); everything under test
 * goes through the real route handlers.
 */

export type Staff = { id: string; email: string; role: TenantRole; cookie: string };

const PASSWORD = 'staff-password-123';
let hashed: Promise<string> | undefined;

export async function tenantDb(t: TestTenant): Promise<TenantDb> {
  return getTenantDatabase(t.slug);
}

/** The practice provisioning created. */
export async function firstPracticeId(t: TestTenant): Promise<string> {
  const db = await tenantDb(t);
  const [practice] = await db
    .select({ id: practices.id })
    .from(practices)
    .orderBy(asc(practices.createdAt))
    .limit(1);
  return practice!.id;
}

export async function addPractice(t: TestTenant, name = 'Second Practice'): Promise<string> {
  const db = await tenantDb(t);
  const [practice] = await db.insert(practices).values({ name }).returning({ id: practices.id });
  return practice!.id;
}

/** A signed-in staff member of `role`, member of the given practices (default: the first one). */
export async function createStaff(t: TestTenant, role: TenantRole, practiceIds?: string[]): Promise<Staff> {
  const db = await tenantDb(t);
  hashed ??= hashPassword(PASSWORD);
  const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 10)}@${t.slug}.test`;
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: `${role[0]}${role.slice(1).toLowerCase()} ${email.slice(0, 6)}`,
      role,
      passwordHash: await hashed,
    })
    .returning({ id: users.id });
  for (const practiceId of practiceIds ?? [await firstPracticeId(t)]) {
    await db.insert(userPractices).values({ userId: user!.id, practiceId });
  }
  return { id: user!.id, email, role, cookie: await signIn(t.origin, email, PASSWORD) };
}

export async function adminCookie(t: TestTenant): Promise<string> {
  return signIn(t.origin, t.admin.email, t.admin.password);
}

/** A client with one active dog in `practiceId`. */
export async function createPatient(
  t: TestTenant,
  practiceId: string,
  name = 'Rex',
): Promise<{ id: string; clientId: string }> {
  const db = await tenantDb(t);
  const [client] = await db
    .insert(clients)
    .values({ practiceId, name: `Owner of ${name}` })
    .returning({ id: clients.id });
  const [patient] = await db
    .insert(patients)
    .values({ practiceId, clientId: client!.id, name, species: 'Dog' })
    .returning({ id: patients.id });
  return { id: patient!.id, clientId: client!.id };
}

export async function setPatientStatus(
  t: TestTenant,
  patientId: string,
  status: 'ACTIVE' | 'DECEASED' | 'INACTIVE',
) {
  const db = await tenantDb(t);
  await db.update(patients).set({ status }).where(eq(patients.id, patientId));
}

let skuCounter = 0;

/** Creates a stock item through POST /api/inventory and returns its body. */
export async function createItem(t: TestTenant, cookie: string, fields: Record<string, unknown> = {}) {
  const res = await callRoute(createItemRoute, {
    method: 'POST',
    url: `${t.origin}/api/inventory`,
    cookie,
    body: { sku: `SKU-${process.pid}-${++skuCounter}`, name: `Item ${skuCounter}`, ...fields },
  });
  if (res.status !== 201) throw new Error(`create item failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as {
    id: string;
    quantityOnHand: number;
    practiceId: string;
    sku: string;
    name: string;
  };
}

/** Prescribes through POST /api/prescriptions (the cookie must be a veterinarian's). */
export async function prescribe(t: TestTenant, vetCookie: string, fields: Record<string, unknown>) {
  const res = await callRoute(createPrescriptionRoute, {
    method: 'POST',
    url: `${t.origin}/api/prescriptions`,
    cookie: vetCookie,
    body: { dose: '1 tablet', route: 'oral', frequency: 'twice daily', quantity: 1, refills: 0, ...fields },
  });
  if (res.status !== 201) throw new Error(`prescribe failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { id: string; status: string; quantity: number };
}

/** A tenant with its admin, a veterinarian, a technician, a receptionist and one patient, all in the first practice. */
export async function createPharmacyTenant(prefix = 'rx') {
  const t = await createTestTenant(prefix);
  const practiceId = await firstPracticeId(t);
  const [admin, vet, tech, receptionist, patient] = await Promise.all([
    adminCookie(t),
    createStaff(t, 'VETERINARIAN'),
    createStaff(t, 'TECHNICIAN'),
    createStaff(t, 'RECEPTIONIST'),
    createPatient(t, practiceId),
  ]);
  return { t, practiceId, admin, vet, tech, receptionist, patient };
}
