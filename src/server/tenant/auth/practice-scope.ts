import { inArray, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { notFound } from '@/server/shared/errors';
import type { TenantSessionUser } from './tenant-sessions';

/**
 * Practice scoping, the one rule every practice-scoped query applies: a user sees rows of their own practices
 * only (admins: every practice of the tenant), and rows of any other practice answer 404, never 403, so ids of
 * other practices cannot even be confirmed to exist.
 */
export function inUserPractices(column: AnyPgColumn, user: Pick<TenantSessionUser, 'practiceIds'>): SQL {
  // drizzle renders an empty list as `false`: a user with no practice sees nothing.
  return inArray(column, user.practiceIds);
}

export function assertPracticeInScope(
  user: Pick<TenantSessionUser, 'practiceIds'>,
  practiceId: string,
  what = 'Practice',
): void {
  if (!user.practiceIds.includes(practiceId)) throw notFound(what);
}
