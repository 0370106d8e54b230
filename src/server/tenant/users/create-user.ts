import { generatePassword, hashPassword } from '@/server/shared/passwords';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { assertWithinPlan } from '@/server/tenant/plan-limits/assert-within-plan';
import { userPractices, users } from '@/server/tenant/db/schema';
import { assertValidMemberships, rethrowEmailTaken } from './practice-memberships';
import { sendInvitation, type Invitation } from './send-invitation';
import { toUserView, userColumns } from './user-view';
import type { CreateUserInput, UserView } from './users.schema';

export type CreateUserOptions = {
  tenantId: string;
  input: CreateUserInput;
  /** Set when the clinic's mail goes out (SMTP configured): the user gets a set-password link instead. */
  invitation?: Invitation;
};

/**
 * Creates (invites) a staff member. Without a password, and with mail configured, the user is mailed a one-time
 * set-password link (their stored hash is of a random password nobody knows). Without mail, a temporary password
 * is generated and returned this once; the user must replace it at first sign-in. Either way the admin never
 * knows a password in use.
 */
export async function createUser(
  db: TenantDb,
  { tenantId, input, invitation }: CreateUserOptions,
): Promise<UserView & { temporaryPassword?: string; invited?: true }> {
  const invite = !input.password && invitation !== undefined;
  const temporaryPassword = input.password || invite ? undefined : generatePassword();
  // Hashing is slow by design: done before the transaction so no locks are held meanwhile.
  const passwordHash = await hashPassword(input.password ?? temporaryPassword ?? generatePassword(32));
  const row = await db
    .transaction(async (tx) => {
      await assertValidMemberships(tx, input.role, input.practiceIds);
      await assertWithinPlan(tx, tenantId, 'users');
      const [created] = await tx
        .insert(users)
        .values({
          email: input.email,
          name: input.name,
          role: input.role,
          passwordHash,
          mustChangePassword: temporaryPassword !== undefined,
        })
        .returning(userColumns);
      if (input.practiceIds.length > 0) {
        await tx
          .insert(userPractices)
          .values(input.practiceIds.map((practiceId) => ({ userId: created!.id, practiceId })));
      }
      return created!;
    })
    .catch(rethrowEmailTaken);
  const view = await toUserView(db, row);
  if (invite) {
    await sendInvitation(db, { ...invitation, user: { id: row.id, email: input.email, name: input.name } });
    return { ...view, invited: true };
  }
  return temporaryPassword ? { ...view, temporaryPassword } : view;
}
