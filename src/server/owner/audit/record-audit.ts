import type { OwnerDb } from '@/server/owner/db/client';
import { ownerAuditLog } from '@/server/owner/db/schema';

export type OwnerActor = { id: string; email: string };
export type RequestMeta = { ipAddress: string | null; userAgent: string | null };

/** Who did it and from where: every state-changing owner operation takes this and passes it to recordAudit. */
export type OwnerActionContext = { actor: OwnerActor; meta: RequestMeta };

export type AuditEntry = {
  actor?: OwnerActor | null;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  ipAddress?: string | null;
  userAgent?: string | null;
};

/**
 * Appends to owner_audit_log. Every state-changing owner action and every failed sign-in calls this; pass the
 * transaction handle when there is one, so the entry commits (or rolls back) with the change it describes.
 */
export async function recordAudit(db: Pick<OwnerDb, 'insert'>, entry: AuditEntry): Promise<void> {
  await db.insert(ownerAuditLog).values({
    actorId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    details: entry.details ?? {},
    ipAddress: entry.ipAddress ?? null,
    userAgent: entry.userAgent ?? null,
  });
}

/** recordAudit for an action taken by a signed-in owner user. */
export function auditAction(
  db: Pick<OwnerDb, 'insert'>,
  context: OwnerActionContext,
  entry: Omit<AuditEntry, 'actor' | 'ipAddress' | 'userAgent'>,
): Promise<void> {
  return recordAudit(db, {
    ...entry,
    actor: context.actor,
    ipAddress: context.meta.ipAddress,
    userAgent: context.meta.userAgent,
  });
}
