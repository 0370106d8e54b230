import type { ApiFailure, ApiResult } from './api-client';

type Here = { pathname: string; search: string };

/**
 * Where a user goes when a request failed because their session is over: the sign-in page of the plane the
 * API belongs to (the owner console for `/api/owner/*`, else the clinic app), with a way back to this page;
 * a clinic user who must change their password first goes there. Null when the failure is not about the
 * session — a wrong password at sign-in is a 401 too, and is shown on the form instead.
 */
export function sessionEndTarget(apiUrl: string, failure: ApiFailure, here: Here): string | null {
  const owner = apiUrl.startsWith('/api/owner/');
  if (failure.status === 401 && failure.code !== 'INVALID_CREDENTIALS') {
    // The console's pages read `next` as a path; the clinic app keeps the query too (a patient's tab).
    return owner
      ? `/owner/login?next=${encodeURIComponent(here.pathname)}`
      : `/login?next=${encodeURIComponent(here.pathname + here.search)}`;
  }
  if (!owner && failure.code === 'PASSWORD_CHANGE_REQUIRED') return '/change-password';
  return null;
}

/** Sends the browser to `sessionEndTarget` when there is one; returns the result unchanged either way. */
export function followSessionEnd<T>(apiUrl: string, result: ApiResult<T>): ApiResult<T> {
  if (!result.ok && typeof window !== 'undefined') {
    const target = sessionEndTarget(apiUrl, result, window.location);
    if (target) window.location.assign(target);
  }
  return result;
}
