import { and, eq } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { practices } from '@/server/tenant/db/schema';
import type { PracticeView } from './practices.schema';
import { toPracticeView } from './practice-view';

export type GetPracticeOptions = { user: TenantSessionUser; id: string };

/** One practice; a practice the caller does not work at answers 404. */
export async function getPractice(db: TenantDb, { user, id }: GetPracticeOptions): Promise<PracticeView> {
  const [row] = await db
    .select()
    .from(practices)
    .where(and(eq(practices.id, id), inUserPractices(practices.id, user)));
  if (!row) throw notFound('Practice');
  return toPracticeView(row);
}
