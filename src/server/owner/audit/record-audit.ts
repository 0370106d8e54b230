import type { OwnerDb } from '@/server/owner/db/client';
import { ownerAuditLog } from '@/server/owner/db/schema';

export type AuditEntry = {
  actor?: { id: string; email: string } | null;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  ipAddress?: string | null;
  userAgent?: string | null;
};

/** Appends to owner_audit_log. Every state-changing owner action and every failed sign-in calls this. */
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
