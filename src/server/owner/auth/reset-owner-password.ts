import { and, eq, isNull } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { ownerPasswordResets, ownerSessions, ownerUsers } from '@/server/owner/db/schema';
import { recordAudit } from '@/server/owner/audit/record-audit';
import { now } from '@/server/shared/clock';
import { hashPassword } from '@/server/shared/passwords';
import type { ResetPasswordBody } from '@/server/shared/password-reset.schema';
import { assertUsableToken } from '@/server/shared/reset-token';
import { hashToken } from '@/server/shared/tokens';

/**
 * Sets a new password from a reset link: the token must be unused and unexpired (checked under a row lock, so two
 * concurrent uses cannot both succeed). Every session of the account ends and every other open link dies.
 */
export async function resetOwnerPassword(
  db: OwnerDb,
  options: { input: ResetPasswordBody; meta: { ipAddress: string; userAgent: string | null } },
): Promise<{ reset: true; revokedSessions: number }> {
  const at = now();
  const passwordHash = await hashPassword(options.input.password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(ownerPasswordResets)
      .where(eq(ownerPasswordResets.id, hashToken(options.input.token)))
      .for('update');
    assertUsableToken(row, at);
    const [user] = await tx
      .update(ownerUsers)
      .set({ passwordHash, passwordChangedAt: at, updatedAt: at })
      .where(eq(ownerUsers.id, row!.ownerUserId))
      .returning();
    await tx
      .update(ownerPasswordResets)
      .set({ usedAt: at })
      .where(and(eq(ownerPasswordResets.ownerUserId, row!.ownerUserId), isNull(ownerPasswordResets.usedAt)));
    const revoked = await tx
      .delete(ownerSessions)
      .where(eq(ownerSessions.ownerUserId, row!.ownerUserId))
      .returning({ id: ownerSessions.id });
    await recordAudit(tx, {
      actor: user ?? null,
      action: 'owner.password_reset',
      targetType: 'owner_user',
      targetId: row!.ownerUserId,
      details: { revokedSessions: revoked.length },
      ipAddress: options.meta.ipAddress,
      userAgent: options.meta.userAgent,
    });
    return { reset: true as const, revokedSessions: revoked.length };
  });
}
