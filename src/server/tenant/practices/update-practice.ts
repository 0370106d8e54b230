import { and, eq } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { practices } from '@/server/tenant/db/schema';
import type { PracticeView, UpdatePracticeInput } from './practices.schema';
import { toPracticeView } from './practice-view';

export type UpdatePracticeOptions = { user: TenantSessionUser; id: string; input: UpdatePracticeInput };

/** Changes a practice's details (admins; still scoped like every read, so the rule holds if the role table changes). */
export async function updatePractice(
  db: TenantDb,
  { user, id, input }: UpdatePracticeOptions,
): Promise<PracticeView> {
  const [row] = await db
    .update(practices)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(practices.id, id), inUserPractices(practices.id, user)))
    .returning();
  if (!row) throw notFound('Practice');
  return toPracticeView(row);
}
