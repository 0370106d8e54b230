import { and, desc, eq, gte, like, lt, type SQL } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { ownerAuditLog, type OwnerAuditEntry } from '@/server/owner/db/schema';
import { AppError } from '@/server/shared/errors';
import { decodeCursor, paginate, type Page } from '@/server/shared/http/pagination';
import type { ListAuditQuery } from './list-audit.schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Newest first. The id is a bigserial, so it orders entries by insertion and serves as the keyset. */
export async function listAudit(
  db: Pick<OwnerDb, 'select'>,
  options: ListAuditQuery,
): Promise<Page<OwnerAuditEntry>> {
  const filters: SQL[] = [];
  if (options.action) {
    filters.push(
      options.action.endsWith('*')
        ? like(ownerAuditLog.action, `${options.action.slice(0, -1).replace(/_/g, '\\_')}%`)
        : eq(ownerAuditLog.action, options.action),
    );
  }
  if (options.actor) {
    filters.push(
      UUID.test(options.actor)
        ? eq(ownerAuditLog.actorId, options.actor)
        : eq(ownerAuditLog.actorEmail, options.actor.toLowerCase()),
    );
  }
  if (options.target) filters.push(eq(ownerAuditLog.targetId, options.target));
  if (options.targetType) filters.push(eq(ownerAuditLog.targetType, options.targetType));
  if (options.since) filters.push(gte(ownerAuditLog.createdAt, new Date(options.since)));
  if (options.until) filters.push(lt(ownerAuditLog.createdAt, new Date(options.until)));
  const cursor = decodeCursor(options.cursor);
  if (cursor) {
    if (!/^\d{1,18}$/.test(cursor.id))
      throw new AppError(400, 'INVALID_CURSOR', 'The cursor is not valid; start again without it.');
    filters.push(lt(ownerAuditLog.id, Number(cursor.id)));
  }
  const rows = await db
    .select()
    .from(ownerAuditLog)
    .where(and(...filters))
    .orderBy(desc(ownerAuditLog.id))
    .limit(options.limit + 1);
  return paginate(
    rows,
    options.limit,
    () => null,
    (row) => String(row.id),
  );
}
