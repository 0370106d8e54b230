import { and, eq, isNull } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { ownerPasswordResets, ownerSessions, ownerUsers } from '@/server/owner/db/schema';
import { recordAudit } from '@/server/owner/audit/record-audit';
import type { ResetPasswordBody } from '@/server/shared/password-reset.schema';
import { resetPasswordFlow } from '@/server/shared/password-reset-flow';

/**
 * Sets an operator's new password from a reset link (the shared flow: token locked, unused and unexpired; every
 * session ends and every other open link dies), and audits it in the owner log.
 */
export async function resetOwnerPassword(
  db: OwnerDb,
  options: { input: ResetPasswordBody; meta: { ipAddress: string; userAgent: string | null } },
): Promise<{ reset: true; revokedSessions: number }> {
  return resetPasswordFlow(
    db,
    {
      lockToken: async (tx, id) => {
        const [row] = await tx
          .select()
          .from(ownerPasswordResets)
          .where(eq(ownerPasswordResets.id, id))
          .for('update');
        return row && { ...row, userId: row.ownerUserId };
      },
      setPassword: async (tx, userId, passwordHash, at) => {
        const [user] = await tx
          .update(ownerUsers)
          .set({ passwordHash, passwordChangedAt: at, updatedAt: at })
          .where(eq(ownerUsers.id, userId))
          .returning();
        return user;
      },
      useOpenTokens: (tx, userId, at) =>
        tx
          .update(ownerPasswordResets)
          .set({ usedAt: at })
          .where(and(eq(ownerPasswordResets.ownerUserId, userId), isNull(ownerPasswordResets.usedAt))),
      endSessions: async (tx, userId) =>
        (
          await tx
            .delete(ownerSessions)
            .where(eq(ownerSessions.ownerUserId, userId))
            .returning({ id: ownerSessions.id })
        ).length,
      afterReset: (tx, { userId, changed: user, revokedSessions }) =>
        recordAudit(tx, {
          actor: user ?? null,
          action: 'owner.password_reset',
          targetType: 'owner_user',
          targetId: userId,
          details: { revokedSessions },
          ipAddress: options.meta.ipAddress,
          userAgent: options.meta.userAgent,
        }),
    },
    options.input,
  );
}
