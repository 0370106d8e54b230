import { eq } from 'drizzle-orm';
import { hashPassword } from '@/server/shared/passwords';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { practices, userPractices, users, type Practice, type TenantRole } from '@/server/tenant/db/schema';
import type { DemoTenantSpec } from './demo-catalogue';

export type DemoStaffMember = {
  key: DemoTenantSpec['staff'][number]['key'];
  id: string;
  email: string;
  name: string;
  role: TenantRole;
};

export function demoStaffEmail(spec: DemoTenantSpec, key: string): string {
  return `${key === 'reception' ? 'reception' : key}@${spec.emailDomain}`;
}

/**
 * Brings a demo clinic's practices and staff to the catalogue's state: practices matched by name, staff by email.
 * Re-running refreshes them (passwords reset to the demo password, accounts re-enabled), so the credentials the
 * seed prints always work.
 */
export async function ensureDemoPracticesAndStaff(
  db: TenantDb,
  /** `timezone` overrides every practice's catalogue zone (tests); by default each practice keeps its own. */
  options: { spec: DemoTenantSpec; password: string; timezone?: string },
): Promise<{ practices: Practice[]; staff: DemoStaffMember[] }> {
  const { spec, password, timezone } = options;
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const existing = await tx.select().from(practices);
    const ensured: Practice[] = [];
    for (const wanted of spec.practices) {
      const found = existing.find((p) => p.name === wanted.name);
      const values = {
        address: wanted.address,
        phone: wanted.phone,
        email: wanted.email,
        timezone: timezone ?? wanted.timezone,
        updatedAt: new Date(),
      };
      const [row] = found
        ? await tx.update(practices).set(values).where(eq(practices.id, found.id)).returning()
        : await tx
            .insert(practices)
            .values({ name: wanted.name, ...values })
            .returning();
      ensured.push(row!);
    }

    const staff: DemoStaffMember[] = [];
    for (const member of spec.staff) {
      const email = demoStaffEmail(spec, member.key);
      const [row] = await tx
        .insert(users)
        .values({ email, name: member.name, role: member.role, passwordHash })
        .onConflictDoUpdate({
          target: users.email,
          set: {
            name: member.name,
            role: member.role,
            passwordHash,
            isActive: true,
            mustChangePassword: false,
            updatedAt: new Date(),
          },
        })
        .returning();
      staff.push({ key: member.key, id: row!.id, email, name: member.name, role: member.role });
      // Everyone works at every demo practice, so any demo account sees the whole clinic.
      await tx
        .insert(userPractices)
        .values(ensured.map((p) => ({ userId: row!.id, practiceId: p.id })))
        .onConflictDoNothing();
    }
    return { practices: ensured, staff };
  });
}
