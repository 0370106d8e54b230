import { redirect } from 'next/navigation';
import { isDatabaseUnavailable } from '@/server/shared/database-unavailable';

/**
 * Pages cannot answer 503 themselves (the App Router renders 200 or its error page), so a page whose database is
 * unreachable sends the browser to /outage, which answers 503 + Retry-After with a page that explains it.
 * Every other error is re-thrown unchanged.
 */
export function rethrowAsOutage(error: unknown): never {
  if (isDatabaseUnavailable(error)) redirect('/outage');
  throw error;
}

/** Runs a page's database work, turning an unreachable database into the outage page. */
export async function orOutagePage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    rethrowAsOutage(error);
  }
}
