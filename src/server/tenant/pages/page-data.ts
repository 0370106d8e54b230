import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import type { z } from 'zod';
import { isAppError } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { listInventory } from '@/server/tenant/inventory/list-inventory';
import { listPractices } from '@/server/tenant/practices/list-practices';
import type { PracticeView } from '@/server/tenant/practices/practices.schema';
import { requirePageSession, withPageDb } from './page-context';

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads a page's query string with the API's own zod schema, so a page and its JSON endpoint accept the same
 * filters. A malformed parameter (an old bookmark, a hand-edited URL) falls back to the defaults, never a 500.
 */
export function parsePageQuery<S extends z.ZodType>(schema: S, params: SearchParams): z.output<S> {
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const valid: SearchParams = {};
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  for (const [key, value] of Object.entries(params)) if (!bad.has(key)) valid[key] = value;
  const retry = schema.safeParse(valid);
  return retry.success ? retry.data : schema.parse({});
}

/** The first value of a query parameter. */
export function param(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/** The practices the signed-in user works at (admins: all), by name; cached for the request. */
export const getPagePractices = cache(async (): Promise<PracticeView[]> => {
  const { user } = await requirePageSession();
  const { data } = await withPageDb((db) => listPractices(db, { user, query: { limit: 200 } }));
  return data;
});

/**
 * The zone dates and times are shown in: the user's (first) practice's. Server-rendered pages cannot know the
 * browser's zone, and clinic staff think in the clinic's wall-clock time anyway.
 */
export async function getPageTimezone(): Promise<string> {
  return (await getPagePractices())[0]?.timezone ?? 'UTC';
}

/** The zone of the practice a page's subject belongs to (a patient, a client, a stock item), else the default. */
export async function getPracticeTimezone(practiceId: string): Promise<string> {
  const practices = await getPagePractices();
  return practices.find((p) => p.id === practiceId)?.timezone ?? practices[0]?.timezone ?? 'UTC';
}

/** Awaits a server-function read; its 404 (unknown id, or another practice's row) becomes the page's 404. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
}

/** A stock item the prescribe dialog offers. */
export type DrugOption = {
  id: string;
  name: string;
  sku: string;
  unit: string;
  quantityOnHand: number;
  controlledSchedule: string | null;
};

/** Drug options for prescribing at one practice: active stock items, by name. */
export async function drugOptions(
  db: TenantDb,
  user: TenantSessionUser,
  practiceId: string,
): Promise<DrugOption[]> {
  const { data: stock } = await listInventory(db, { user, query: { practiceId, active: true, limit: 200 } });
  return stock
    .filter((item) => item.category !== 'SUPPLY')
    .map((item) => ({
      id: item.id,
      name: item.name,
      sku: item.sku,
      unit: item.unit,
      quantityOnHand: item.quantityOnHand,
      controlledSchedule: item.controlledSchedule,
    }));
}
