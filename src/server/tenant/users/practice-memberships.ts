import { and, eq, inArray, isNull } from 'drizzle-orm';
import {
  conflict,
  pgConstraint,
  pgErrorCode,
  PG_UNIQUE_VIOLATION,
  validationError,
} from '@/server/shared/errors';
import type { TenantTx } from '@/server/tenant/db/tenant-db';
import { practices, userPractices, type TenantRole } from '@/server/tenant/db/schema';

/**
 * Checks a user's practice memberships: every id names a live practice of this tenant, and everyone but an
 * admin belongs to at least one (a vet in no practice could see nothing and be booked nowhere).
 */
export async function assertValidMemberships(
  tx: TenantTx,
  role: TenantRole,
  practiceIds: string[],
): Promise<void> {
  if (role !== 'ADMIN' && practiceIds.length === 0) {
    throw validationError({ fields: { practiceIds: ['Choose at least one practice for this role.'] } });
  }
  if (practiceIds.length === 0) return;
  const found = await tx
    .select({ id: practices.id })
    .from(practices)
    .where(and(inArray(practices.id, practiceIds), isNull(practices.archivedAt)));
  const known = new Set(found.map((p) => p.id));
  const unknown = practiceIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw validationError({ fields: { practiceIds: [`Unknown practice: ${unknown.join(', ')}.`] } });
  }
}

/** Replaces the user's memberships with exactly `practiceIds`. */
export async function replaceMemberships(tx: TenantTx, userId: string, practiceIds: string[]): Promise<void> {
  await tx.delete(userPractices).where(eq(userPractices.userId, userId));
  if (practiceIds.length > 0) {
    await tx.insert(userPractices).values(practiceIds.map((practiceId) => ({ userId, practiceId })));
  }
}

/** Maps the unique-email violation to the 409 a form can show; rethrows anything else. */
export function rethrowEmailTaken(error: unknown): never {
  if (pgErrorCode(error) === PG_UNIQUE_VIOLATION && pgConstraint(error) === 'users_email_key') {
    throw conflict('EMAIL_TAKEN', 'Another user already has this email address.', {
      fields: { email: ['Another user already has this email address.'] },
    });
  }
  throw error;
}
