import type { TenantDb } from '@/server/tenancy/pool-registry';
import { practices } from '@/server/tenant/db/schema';
import type { CreatePracticeInput, PracticeView } from './practices.schema';
import { toPracticeView } from './practice-view';

export type CreatePracticeOptions = { input: CreatePracticeInput };

/** Adds a practice (admins only; admins see every practice, other staff once added to it via /api/users). */
export async function createPractice(db: TenantDb, { input }: CreatePracticeOptions): Promise<PracticeView> {
  const [row] = await db.insert(practices).values(input).returning();
  return toPracticeView(row!);
}
